// Lint zones inside the renderer (STYLE.md "Lint zones inside the UI too"). Relative imports are
// resolved against the importing file, so the zones hold however deep a file sits:
// - a feature uses another feature only through that feature's index.ts (its public face);
// - print views never import screens (features/);
// - only the data layer (renderer/db/) opens the Dexie database or its row schemas: screens
//   reach storage through repositories and hooks.
import { dirname, join, relative, resolve, sep } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const rel = (file) => relative(root, file).split(sep).join('/');

function featureOf(path) {
  const m = /^renderer\/features\/([^/]+)\//.exec(path);
  return m ? m[1] : null;
}

/** The problem with `from` importing `target` (both repo-relative, target without extension). */
export function boundaryProblem(from, target) {
  if (!from.startsWith('renderer/') || /\.(test|testkit)\.tsx?$/.test(from)) return null;
  const own = featureOf(from);
  const other = featureOf(`${target}/`) ?? featureOf(target);
  if (other && other !== own && !/^renderer\/features\/[^/]+(\/index)?$/.test(target))
    return `Reaches into the internals of features/${other}: import from 'features/${other}' (its index.ts).`;
  if (from.startsWith('renderer/print/') && other) return 'Print views do not import screens (features/).';
  if (!from.startsWith('renderer/db/') && /^renderer\/db\/(db|schema\/.*)$/.test(target))
    return 'Screens reach storage only through repositories and hooks in renderer/db/, never the database itself.';
  return null;
}

const rule = {
  meta: { type: 'problem', schema: [], messages: { zone: '{{problem}}' } },
  create(context) {
    const from = rel(context.filename);
    const check = (node) => {
      const source = node.source?.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = rel(join(dirname(context.filename), source)).replace(/\.(tsx?|js)$/, '');
      const problem = boundaryProblem(from, target);
      if (problem) context.report({ node: node.source, messageId: 'zone', data: { problem } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check };
  },
};

export const boundaries = { rules: { zones: rule } };
