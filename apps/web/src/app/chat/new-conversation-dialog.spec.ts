import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectionListHarness } from '@angular/material/list/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { ChatApi } from '@ownerdash/api-client';
import { of } from 'rxjs';
import { buttonNamed } from '../../testing/page-helpers';
import { PortfolioProperties } from '../dashboard/portfolio-properties';
import { ChatInbox } from './chat-inbox';
import { type NewConversationData, NewConversationDialog } from './new-conversation-dialog';

const DATA: NewConversationData = {
  entity: { type: 'eviction', id: 'e-1', label: 'eviction 2026-LT-01834' },
};

async function open() {
  const api = {
    listChatPeople: jest.fn(() => of({ items: [{ id: 'u-2', displayName: 'Grace Hopper' }] })),
    createConversation: jest.fn(() => of({ id: 'c-9' })),
  };
  const close = jest.fn();
  TestBed.configureTestingModule({
    providers: [
      provideNoopAnimations(),
      { provide: MAT_DIALOG_DATA, useValue: DATA },
      { provide: MatDialogRef, useValue: { close } },
      { provide: ChatApi, useValue: api },
      { provide: ChatInbox, useValue: { upsert: jest.fn() } },
      { provide: PortfolioProperties, useValue: { list: { value: () => [] } } },
    ],
  });
  const fixture = TestBed.createComponent(NewConversationDialog);
  await fixture.whenStable();
  return {
    element: fixture.nativeElement as HTMLElement,
    fixture,
    loader: TestbedHarnessEnvironment.loader(fixture),
    api,
    close,
  };
}

describe('NewConversationDialog about an entity', () => {
  it('starts a thread about the entity with a subject and the people chosen, then closes with its id', async () => {
    const { element, fixture, loader, api, close } = await open();
    expect(element.querySelector('h2')?.textContent?.trim()).toBe('New thread about eviction 2026-LT-01834');
    expect(element.querySelector('mat-button-toggle-group')).toBeNull();
    expect(buttonNamed(element, 'Start')?.hasAttribute('disabled')).toBe(true);

    await (await loader.getHarness(MatInputHarness.with({ selector: '[name="subject"]' }))).setValue(' Court date ');
    await (await loader.getHarness(MatSelectionListHarness)).selectItems({ text: 'Grace Hopper' });
    buttonNamed(element, 'Start')?.click();
    await fixture.whenStable();

    expect(api.createConversation).toHaveBeenCalledWith({
      body: { type: 'entity', entityType: 'eviction', entityId: 'e-1', subject: 'Court date', memberIds: ['u-2'] },
    });
    expect(close).toHaveBeenCalledWith('c-9');
  });
});
