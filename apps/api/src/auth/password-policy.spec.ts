import { join } from 'node:path';
import { AppConfig } from '../config/app-config';
import { PasswordPolicy } from './password-policy';

describe('PasswordPolicy', () => {
  const policy = new PasswordPolicy({ assetsDir: join(__dirname, '..', 'assets') } as AppConfig);

  it('accepts a long, uncommon passphrase without composition rules', () => {
    expect(policy.problem('plum kettle orbit seventeen')).toBeNull();
  });

  it('counts characters as people see them', () => {
    expect(policy.problem('🔑🔑🔑🔑🔑🔑🔑🔑🔑🔑🔑')).toMatch(/at least 12/);
    expect(policy.problem('🔑🔑🔑🔑🔑🔑🔑🔑🔑🔑🔑🔑')).toBeNull();
  });

  it('refuses passwords from the common list whatever their case', () => {
    expect(policy.problem('Password1234')).toMatch(/most commonly used/);
    expect(policy.problem('QAZWSXEDCRFV')).toMatch(/most commonly used/);
  });

  it('ships a list of at least 10,000 common passwords', () => {
    const list = (policy as unknown as { commonPasswords: Set<string> }).commonPasswords;
    expect(list.size).toBeGreaterThanOrEqual(10000);
  });

  it('refuses the account email as password', () => {
    expect(policy.problem('Someone@Example.com', { email: 'someone@example.com' })).toMatch(/email address/);
  });
});
