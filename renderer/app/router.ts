import { useEffect, useState } from 'react';

/** Every screen of the app. The hash keeps the current one across a reload. */
export type Route =
  | { readonly name: 'cases' }
  | { readonly name: 'case-new' }
  | { readonly name: 'case'; readonly id: string }
  | { readonly name: 'deadlines' }
  | { readonly name: 'meetings' }
  | { readonly name: 'meeting'; readonly id: string }
  | { readonly name: 'exchange' }
  | { readonly name: 'settings' }
  | { readonly name: 'audit' };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  switch (parts[0]) {
    case 'cases':
      if (parts[1] === 'new') return { name: 'case-new' };
      if (parts[1]) return { name: 'case', id: decodeURIComponent(parts[1]) };
      return { name: 'cases' };
    case 'deadlines':
      return { name: 'deadlines' };
    case 'meetings':
      if (parts[1]) return { name: 'meeting', id: decodeURIComponent(parts[1]) };
      return { name: 'meetings' };
    case 'exchange':
      return { name: 'exchange' };
    case 'settings':
      return { name: 'settings' };
    case 'audit':
      return { name: 'audit' };
    default:
      return { name: 'cases' };
  }
}

export function routeHash(route: Route): string {
  switch (route.name) {
    case 'case-new':
      return '#/cases/new';
    case 'case':
      return `#/cases/${encodeURIComponent(route.id)}`;
    case 'meeting':
      return `#/meetings/${encodeURIComponent(route.id)}`;
    default:
      return `#/${route.name}`;
  }
}

export function navigate(route: Route): void {
  window.location.hash = routeHash(route);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
