import { adminUser } from '../../testing/admin-fixtures';
import { describeLastSignIn, describeScopeSummary, memberStatus } from './team-member';

describe('team member descriptions', () => {
  const now = new Date('2026-11-22T12:00:00Z');

  it('describes the last sign-in relative to now, and as a date once it is over a week old', () => {
    expect(describeLastSignIn(null, now)).toBe('Never');
    expect(describeLastSignIn('2026-11-22T11:59:30Z', now)).toBe('Just now');
    expect(describeLastSignIn('2026-11-22T11:55:00Z', now)).toBe('5 minutes ago');
    expect(describeLastSignIn('2026-11-22T09:00:00Z', now)).toBe('3 hours ago');
    expect(describeLastSignIn('2026-11-21T10:00:00Z', now)).toBe('Yesterday');
    expect(describeLastSignIn('2026-11-10T10:00:00Z', now)).toBe('Nov 10, 2026');
  });

  it('tells deactivated, invited and active members apart', () => {
    expect(memberStatus(adminUser({ isActive: false, pendingInvite: true }))).toBe('inactive');
    expect(memberStatus(adminUser({ pendingInvite: true }))).toBe('pending');
    expect(memberStatus(adminUser())).toBe('active');
  });

  it('summarizes the property scope', () => {
    expect(describeScopeSummary({ allProperties: true, propertyCount: 0 })).toBe('All properties');
    expect(describeScopeSummary({ allProperties: false, propertyCount: 1 })).toBe('1 property');
    expect(describeScopeSummary({ allProperties: false, propertyCount: 4 })).toBe('4 properties');
  });
});
