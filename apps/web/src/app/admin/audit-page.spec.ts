import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MatIconTestingModule } from '@angular/material/icon/testing';
import { NavigationEnd, provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import {
  type AuditEntryDto,
  type AuditListDto,
  type AuditVerificationDto,
  provideApiConfiguration,
} from '@ownerdash/api-client';
import { filter, firstValueFrom } from 'rxjs';
import { adminUser, userList } from '../../testing/admin-fixtures';
import { alertText, buttonNamed } from '../../testing/page-helpers';
import { NOW } from '../shared/clock';
import { saveFile } from '../shared/save-file';
import { AuditPage } from './audit-page';

jest.mock('../shared/save-file', () => ({
  ...jest.requireActual('../shared/save-file'),
  saveFile: jest.fn(),
}));

/** The app's clock in these tests: noon on Dec 8, 2026, in the time zone the test runs in. */
const NOW_MS = new Date(2026, 11, 8, 12, 0).getTime();
/** 2:14 PM on Dec 7 of the clock's year. */
const AT = new Date(2026, 11, 7, 14, 14).toISOString();

function entry(overrides: Partial<AuditEntryDto> = {}): AuditEntryDto {
  return {
    id: 'entry-1',
    occurredAt: AT,
    lastOccurredAt: AT,
    occurrences: 1,
    actor: { id: 'user-2', displayName: 'Sarah Miller' },
    action: 'users.role-changed',
    description: "changed a person's role",
    targetType: 'user',
    targetId: 'user-3',
    outcome: 'success',
    ip: '203.0.113.7',
    userAgent: 'Mozilla/5.0',
    requestId: 'req-1',
    details: {},
    changes: [],
    chainSeq: 42,
    ...overrides,
  };
}

function list(items: AuditEntryDto[], nextCursor: string | null = null): AuditListDto {
  return { items, nextCursor };
}

const VERIFIED: AuditVerificationDto = {
  verified: true,
  upTo: { entryId: 'entry-1', chainSeq: 42, occurredAt: AT },
  firstBroken: null,
  unchained: 0,
};

describe('AuditPage', () => {
  let harness: RouterTestingHarness;
  let router: Router;
  let backend: HttpTestingController;

  async function open(url: string): Promise<HTMLElement> {
    TestBed.configureTestingModule({
      imports: [MatIconTestingModule],
      providers: [
        provideRouter([{ path: 'admin/audit', component: AuditPage }], withComponentInputBinding()),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideApiConfiguration(''),
        { provide: NOW, useValue: () => NOW_MS },
      ],
    });
    router = TestBed.inject(Router);
    backend = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    return settle();
  }

  /**
   * Lets navigation, effects and rendering run: promise callbacks, then a synchronous render, until
   * a render changes nothing. Not `whenStable`: the app is not stable while a request is open, and
   * here the test answers the requests itself.
   */
  async function settle(): Promise<HTMLElement> {
    let rendered: string | undefined;
    while (rendered !== harness.routeNativeElement?.innerHTML || router.getCurrentNavigation()) {
      rendered = harness.routeNativeElement?.innerHTML;
      if (router.getCurrentNavigation()) {
        await firstValueFrom(router.events.pipe(filter((event) => event instanceof NavigationEnd)));
      }
      await Promise.resolve();
      harness.detectChanges();
    }
    return harness.routeNativeElement as HTMLElement;
  }

  const entriesRequest = () => backend.expectOne((request) => request.url === '/api/admin/audit');
  const peopleRequest = () => backend.expectOne((request) => request.url === '/api/admin/users');
  const verifyRequest = () => backend.expectOne('/api/admin/audit/verify');
  const query = (request: TestRequest) =>
    Object.fromEntries(request.request.params.keys().map((key) => [key, request.request.params.get(key)]));

  /** Answers the three requests the page starts with. */
  async function answer(
    entries: AuditListDto = list([]),
    verification: AuditVerificationDto = VERIFIED,
  ): Promise<HTMLElement> {
    peopleRequest().flush(userList([adminUser(), adminUser({ id: 'user-3', displayName: 'Tom Baker' })]));
    verifyRequest().flush(verification);
    entriesRequest().flush(entries);
    return settle();
  }

  const sentences = (page: HTMLElement) =>
    [...page.querySelectorAll('.entries .entry')].map((row) =>
      [...row.children].map((part) => part.textContent?.replace(/\s+/g, ' ').trim()).join(' '),
    );

  afterEach(() => backend.verify());

  it('asks the server for what the URL describes, the period as instants with the last day included', async () => {
    await open(
      '/admin/audit?actor=user-2&action=users.role-changed&targetType=user&outcome=denied&from=2026-12-01&to=2026-12-07',
    );

    const request = entriesRequest();
    expect(query(request)).toEqual({
      actor: 'user-2',
      action: 'users.role-changed',
      targetType: 'user',
      outcome: 'denied',
      from: new Date(2026, 11, 1).toISOString(),
      to: new Date(2026, 11, 8).toISOString(),
      limit: '50',
    });
    request.flush(list([]));
    peopleRequest().flush(userList([]));
    verifyRequest().flush(VERIFIED);
  });

  it('ignores what it does not know in the URL', async () => {
    await open('/admin/audit?action=users.exploded&outcome=maybe&from=yesterday&to=2026-02-31');

    const request = entriesRequest();
    expect(query(request)).toEqual({ limit: '50' });
    request.flush(list([]));
    peopleRequest().flush(userList([]));
    verifyRequest().flush(VERIFIED);
  });

  it('puts a chosen filter into the URL and asks again with it', async () => {
    const page = await open('/admin/audit?outcome=failed');
    await answer();

    const person = page.querySelectorAll<HTMLElement>('mat-select')[0];
    person.click();
    await settle();
    [...document.querySelectorAll<HTMLElement>('mat-option')]
      .find((option) => option.textContent?.trim() === 'Tom Baker')
      ?.click();
    await settle();

    expect(router.url).toBe('/admin/audit?actor=user-3&outcome=failed');
    const request = entriesRequest();
    expect(query(request)).toEqual({ actor: 'user-3', outcome: 'failed', limit: '50' });
    request.flush(list([]));
  });

  it('offers every action by a readable label', async () => {
    const page = await open('/admin/audit');
    await answer();

    page.querySelectorAll<HTMLElement>('mat-select')[1].click();
    await settle();
    const options = [...document.querySelectorAll('mat-option')].map((option) => option.textContent?.trim());
    expect(options).toContain('Role changed');
    expect(options).toContain('Sign-in failed');
    expect(options.some((label) => label?.includes('.'))).toBe(false);
  });

  it('puts a period into the URL', async () => {
    const page = await open('/admin/audit');
    await answer();

    const from = page.querySelector<HTMLInputElement>('input[name="from"]') as HTMLInputElement;
    from.value = '2026-11-01';
    from.dispatchEvent(new Event('change'));
    await settle();

    expect(router.url).toBe('/admin/audit?from=2026-11-01');
    entriesRequest().flush(list([]));
  });

  it('shows entries as sentences, the outcome only when not a success and the count of a folded view', async () => {
    const page = await open('/admin/audit');
    await answer(
      list([
        entry(),
        entry({
          id: 'entry-2',
          action: 'access.denied',
          description: 'was refused access',
          outcome: 'denied',
        }),
        entry({
          id: 'entry-3',
          action: 'dashboard.viewed',
          description: 'viewed the AR table of Parkside',
          occurrences: 4,
        }),
        entry({ id: 'entry-4', actor: null, description: 'failed to sign in', outcome: 'failed' }),
      ]),
    );

    expect(sentences(page)).toEqual([
      "Sarah Miller changed a person's role · 2:14 PM, Dec 7",
      'Sarah Miller was refused access · 2:14 PM, Dec 7 Denied',
      'Sarah Miller viewed the AR table of Parkside · 2:14 PM, Dec 7 ×4',
      'Someone not signed in failed to sign in · 2:14 PM, Dec 7 Failed',
    ]);
  });

  it('loads more entries with the cursor and the same filters, and stops at the last page', async () => {
    const page = await open('/admin/audit?outcome=denied');
    await answer(list([entry()], 'cursor-1'));

    const more = buttonNamed(page, 'Load more') as HTMLButtonElement;
    expect(more.tagName).toBe('BUTTON');
    more.click();
    const request = entriesRequest();
    expect(query(request)).toEqual({ outcome: 'denied', cursor: 'cursor-1', limit: '50' });
    request.flush(list([entry({ id: 'entry-2', description: 'signed in' })]));
    await settle();

    expect(sentences(page)).toEqual([
      "Sarah Miller changed a person's role · 2:14 PM, Dec 7",
      'Sarah Miller signed in · 2:14 PM, Dec 7',
    ]);
    expect(buttonNamed(page, 'Load more')).toBeUndefined();
  });

  it('opens an entry with all its fields, its details and its changes before and after', async () => {
    const page = await open('/admin/audit');
    await answer(
      list([
        entry({
          details: { sessionCount: 3, propertyIds: ['p-1', 'p-2'] },
          changes: [{ field: 'role', before: 'user', after: 'admin' }],
        }),
      ]),
    );

    page.querySelector<HTMLElement>('.entries .entry')?.click();
    await settle();

    const dialog = document.querySelector('.mat-mdc-dialog-container') as HTMLElement;
    expect(dialog.querySelector('h2')?.textContent?.trim()).toBe("Sarah Miller changed a person's role");
    const facts = [...dialog.querySelectorAll('dt')].map((term) => [
      term.textContent?.trim(),
      term.nextElementSibling?.textContent?.replace(/\s+/g, ' ').trim(),
    ]);
    expect(facts).toEqual([
      ['When', '2:14 PM, Dec 7'],
      ['Person', 'Sarah Miller (user-2)'],
      ['Action', 'Role changed users.role-changed'],
      ['Outcome', 'Success'],
      ['Target', 'Person user-3'],
      ['IP address', '203.0.113.7'],
      ['Browser', 'Mozilla/5.0'],
      ['Request', 'req-1'],
      ['Chain position', '42'],
      ['sessionCount', '3'],
      ['propertyIds', 'p-1, p-2'],
    ]);
    const changes = [...dialog.querySelectorAll('table.changes tr')].map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim()),
    );
    expect(changes).toEqual([
      ['Field', 'Before', 'After'],
      ['role', 'user', 'admin'],
    ]);
  });

  it('says when nothing matches the filters, and clears them', async () => {
    const page = await open('/admin/audit?actor=user-2&from=2026-12-01');
    await answer();

    expect(page.querySelector('od-page-state[role="status"]')?.textContent).toContain(
      'No entry matches these filters.',
    );
    buttonNamed(page, 'Clear filters')?.click();
    await settle();

    expect(router.url).toBe('/admin/audit');
    entriesRequest().flush(list([]));
  });

  it('says when nothing has been recorded', async () => {
    const page = await open('/admin/audit');
    await answer();

    expect(page.querySelector('od-page-state[role="status"]')?.textContent).toContain('Nothing has been recorded yet.');
  });

  it('shows the loading bar until the entries arrive', async () => {
    const page = await open('/admin/audit');

    expect(page.querySelector('mat-progress-bar[aria-label="Loading audit entries"]')).not.toBeNull();
    await answer();
    expect(page.querySelector('mat-progress-bar[aria-label="Loading audit entries"]')).toBeNull();
  });

  it('explains a failure and tries again on request', async () => {
    const page = await open('/admin/audit');
    peopleRequest().flush(userList([]));
    verifyRequest().flush(VERIFIED);
    entriesRequest().flush(
      { statusCode: 400, error: 'Bad Request', message: 'from must be an ISO 8601 date or time' },
      {
        status: 400,
        statusText: 'Bad Request',
      },
    );
    await settle();

    expect(alertText(page)).toContain('The audit trail could not be loaded. from must be an ISO 8601 date or time');
    buttonNamed(page, 'Retry')?.click();
    await settle();
    entriesRequest().flush(list([entry()]));
    await settle();

    expect(sentences(page)).toHaveLength(1);
  });

  it('exports with the current filters, authenticated through the app, and saves the file', async () => {
    const page = await open('/admin/audit?actor=user-2&outcome=denied');
    await answer();

    page.querySelector<HTMLButtonElement>('button[aria-label="Export as CSV"]')?.click();
    const csv = backend.expectOne((request) => request.url === '/api/admin/audit/export');
    expect(query(csv)).toEqual({ actor: 'user-2', outcome: 'denied', format: 'csv' });
    expect(csv.request.responseType).toBe('text');
    csv.flush('occurredAt,actor\n', { headers: { 'Content-Disposition': 'attachment; filename="audit-log.csv"' } });
    await settle();
    expect(saveFile).toHaveBeenLastCalledWith('occurredAt,actor\n', 'audit-log.csv', 'text/csv');

    page.querySelector<HTMLButtonElement>('button[aria-label="Export as JSON Lines"]')?.click();
    const jsonl = backend.expectOne((request) => request.url === '/api/admin/audit/export');
    expect(query(jsonl)).toEqual({ actor: 'user-2', outcome: 'denied', format: 'jsonl' });
    expect(jsonl.request.responseType).toBe('blob');
    const lines = new Blob(['{}\n']);
    jsonl.flush(lines);
    await settle();
    expect(saveFile).toHaveBeenLastCalledWith(lines, 'audit-log.jsonl', 'application/x-ndjson');
  });

  it('says when an export fails', async () => {
    const page = await open('/admin/audit');
    await answer();

    page.querySelector<HTMLButtonElement>('button[aria-label="Export as CSV"]')?.click();
    backend.expectOne((request) => request.url === '/api/admin/audit/export').error(new ProgressEvent('error'));
    await settle();

    expect(alertText(page)).toContain('The export failed. The server could not be reached.');
  });

  it('shows how far the chain is verified, and verifies again on request', async () => {
    const page = await open('/admin/audit');
    await answer();
    const chain = () => page.querySelector('.chain-text')?.textContent?.trim();

    expect(chain()).toBe('Verified up to entry 42 (2:14 PM, Dec 7).');

    buttonNamed(page, 'Verify again')?.click();
    await settle();
    verifyRequest().flush({
      verified: false,
      upTo: { entryId: 'entry-1', chainSeq: 42, occurredAt: AT },
      firstBroken: { entryId: 'entry-2', chainSeq: 43, problem: 'its content is not what was chained' },
      unchained: 0,
    } satisfies AuditVerificationDto);
    await settle();

    expect(chain()).toBe('Broken at entry 43: its content is not what was chained.');
    expect(page.querySelector('.chain-text.broken')).not.toBeNull();
  });

  it('explains when the chain could not be verified', async () => {
    const page = await open('/admin/audit');
    peopleRequest().flush(userList([]));
    verifyRequest().flush(null, { status: 500, statusText: 'Server Error' });
    entriesRequest().flush(list([]));
    await settle();

    expect(alertText(page)).toContain('The chain could not be verified. Something went wrong on our side.');
  });
});
