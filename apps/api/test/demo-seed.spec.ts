import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { DEMO_CREDENTIALS_FILE, DemoSeedService } from '../src/demo/demo-seed.service';
import { Organization } from '../src/organizations/organization.entity';
import { Property } from '../src/organizations/property.entity';
import { User } from '../src/users/user.entity';
import { startTestApp, TestApp } from './support/test-app';

describe('demo data on first start', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp({ config: { demoPassword: undefined } });
  });

  afterAll(() => testApp.close());

  it('creates PHH with 3 properties (one is Parkside) and Kairoi with 29, one admin each', async () => {
    const organizations = await testApp.dataSource.getRepository(Organization).find({ order: { name: 'ASC' } });
    expect(organizations.map((organization) => organization.name)).toEqual(['Kairoi', 'PHH']);
    const properties = testApp.dataSource.getRepository(Property);
    const phh = organizations.find((organization) => organization.slug === 'phh');
    const kairoi = organizations.find((organization) => organization.slug === 'kairoi');
    expect(await properties.countBy({ organizationId: phh?.id })).toBe(3);
    expect(await properties.findOneBy({ organizationId: phh?.id, name: 'Parkside' })).not.toBeNull();
    expect(await properties.countBy({ organizationId: kairoi?.id })).toBe(29);
    const admins = await testApp.dataSource.getRepository(User).find({ order: { email: 'ASC' } });
    expect(admins.map((user) => [user.email, user.role])).toEqual([
      ['admin@kairoi.example', 'admin'],
      ['admin@phh.example', 'admin'],
    ]);
  });

  it('gives the admins a random password, kept in a file only its owner can read', async () => {
    const file = join(testApp.config.dataDir, DEMO_CREDENTIALS_FILE);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    expect(lines.map((line) => line.split(' ')[0])).toEqual(['admin@phh.example', 'admin@kairoi.example']);
    const password = lines[0]?.split(' ')[1] ?? '';
    expect(password.length).toBeGreaterThanOrEqual(20);
    expect(lines[1]?.split(' ')[1]).toBe(password);
    await request(testApp.server).post('/api/auth/login').send({ email: 'admin@phh.example', password }).expect(200);
  });

  it('does nothing once the database has users', async () => {
    expect(await testApp.app.get(DemoSeedService).seed('another password 1')).toBe(false);
    expect(await testApp.dataSource.getRepository(Organization).count()).toBe(2);
  });
});
