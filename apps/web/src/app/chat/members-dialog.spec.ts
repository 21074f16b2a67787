import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { ChatApi, type ConversationDetailsDto } from '@ownerdash/api-client';
import { of } from 'rxjs';
import { TEST_USER } from '../../testing/auth-fixtures';
import { buttonNamed } from '../../testing/page-helpers';
import { SessionStore } from '../auth/session.store';
import { ChatPeople } from './chat-people';
import { MembersDialog } from './members-dialog';

function group(ownerId: string): ConversationDetailsDto {
  const member = (userId: string, displayName: string) => ({
    userId,
    displayName,
    role: userId === ownerId ? ('owner' as const) : ('member' as const),
    joinedAt: '2026-03-01T09:00:00.000Z',
    lastReadSeq: 0,
    online: false,
  });
  return {
    id: 'c1',
    type: 'group',
    title: 'Q3 budget',
    name: 'Q3 budget',
    propertyId: null,
    entityType: null,
    entityId: null,
    peerId: null,
    createdAt: '2026-03-01T09:00:00.000Z',
    lastActivityAt: '2026-03-01T09:00:00.000Z',
    lastMessage: null,
    lastReadSeq: 0,
    lastSeq: 0,
    unreadCount: 0,
    members: [member(TEST_USER.id, 'Ada Lovelace'), member('user-2', 'Grace Hopper')],
  };
}

async function open(details: ConversationDetailsDto) {
  const api = {
    removeConversationMember: jest.fn(() => of(undefined)),
    getConversation: jest.fn(() => of({ ...details, members: details.members.slice(0, 1) })),
    addConversationMembers: jest.fn(() => of(details)),
  };
  const close = jest.fn();
  TestBed.configureTestingModule({
    providers: [
      { provide: MAT_DIALOG_DATA, useValue: details },
      { provide: MatDialogRef, useValue: { close } },
      { provide: ChatApi, useValue: api },
      { provide: ChatPeople, useValue: { search: () => of([]) } },
      { provide: SessionStore, useValue: { user: signal(TEST_USER), isAdmin: signal(false) } },
    ],
  });
  const fixture = TestBed.createComponent(MembersDialog);
  await fixture.whenStable();
  return { element: fixture.nativeElement as HTMLElement, fixture, api, close };
}

describe('MembersDialog', () => {
  it('lets the owner remove others and add people', async () => {
    const { element, fixture, api } = await open(group(TEST_USER.id));

    expect(element.querySelector('input')).not.toBeNull();
    buttonNamed(element, 'Remove')?.click();
    await fixture.whenStable();

    expect(api.removeConversationMember).toHaveBeenCalledWith({ id: 'c1', userId: 'user-2' });
    expect(element.textContent).not.toContain('Grace Hopper');
  });

  it('lets a member only leave, which closes the dialog', async () => {
    const { element, fixture, api, close } = await open(group('user-2'));

    expect(buttonNamed(element, 'Remove')).toBeUndefined();
    expect(element.querySelector('input')).toBeNull();
    buttonNamed(element, 'Leave')?.click();
    await fixture.whenStable();

    expect(api.removeConversationMember).toHaveBeenCalledWith({ id: 'c1', userId: TEST_USER.id });
    expect(close).toHaveBeenCalledWith({ left: true });
  });
});
