import { describe, expect, it } from 'vitest';
import { may, mayActAs, ROLES } from './roles';

describe('roles', () => {
  it('rank staff below supervisor below administrator', () => {
    expect(mayActAs('staff', 'staff')).toBe(true);
    expect(mayActAs('staff', 'supervisor')).toBe(false);
    expect(mayActAs('supervisor', 'supervisor')).toBe(true);
    expect(mayActAs('supervisor', 'administrator')).toBe(false);
    for (const r of ROLES) expect(mayActAs('administrator', r)).toBe(true);
  });

  it('give no one signed out any permission', () => {
    expect(mayActAs(null, 'staff')).toBe(false);
    expect(may(null, 'risk-lower')).toBe(false);
  });

  it('let only a supervisor or more lower a risk level or override consent', () => {
    expect(may('staff', 'risk-lower')).toBe(false);
    expect(may('staff', 'consent-override')).toBe(false);
    expect(may('supervisor', 'risk-lower')).toBe(true);
    expect(may('supervisor', 'consent-override')).toBe(true);
  });

  it('let only an administrator manage staff, restore backups and change the agency', () => {
    for (const p of ['staff-manage', 'backup', 'agency-change', 'office-settings'] as const) {
      expect(may('supervisor', p)).toBe(false);
      expect(may('administrator', p)).toBe(true);
    }
  });
});
