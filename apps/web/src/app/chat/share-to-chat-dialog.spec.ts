import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { ChatApi, type ConversationDto } from '@ownerdash/api-client';
import { of, throwError } from 'rxjs';
import { buttonNamed } from '../../testing/page-helpers';
import { type ShareToChatData, ShareToChatDialog } from './share-to-chat-dialog';

const DATA: ShareToChatData = {
  reference: { type: 'kpi', id: 'parkside:occupancy_pct', state: { propertyIds: ['p-1'] } },
  title: 'Occupancy · Parkside',
};

function conversation(id: string, title: string): ConversationDto {
  return {
    id,
    type: 'direct',
    title,
    name: null,
    propertyId: null,
    entityType: null,
    entityId: null,
    peerId: 'user-2',
    createdAt: '2026-03-01T09:00:00.000Z',
    lastActivityAt: '2026-03-01T09:00:00.000Z',
    lastMessage: null,
    lastReadSeq: 0,
    lastSeq: 0,
    unreadCount: 0,
  };
}

async function open(conversations: ConversationDto[], sendMessage: jest.Mock) {
  const api = {
    listConversations: jest.fn(() => of({ items: conversations, page: 1, pageSize: 100, total: conversations.length })),
    sendMessage,
  };
  const close = jest.fn();
  TestBed.configureTestingModule({
    providers: [
      { provide: MAT_DIALOG_DATA, useValue: DATA },
      { provide: MatDialogRef, useValue: { close } },
      { provide: ChatApi, useValue: api },
    ],
  });
  const fixture = TestBed.createComponent(ShareToChatDialog);
  await fixture.whenStable();
  const loader = TestbedHarnessEnvironment.loader(fixture);
  return { element: fixture.nativeElement as HTMLElement, fixture, loader, api, close };
}

describe('ShareToChatDialog', () => {
  it('sends the comment with the reference to the conversation picked, then closes with its id', async () => {
    const sendMessage = jest.fn(() => of({}));
    const { element, fixture, loader, close } = await open(
      [conversation('c1', 'Grace Hopper'), conversation('c2', 'Q3 budget')],
      sendMessage,
    );
    expect(element.textContent).toContain('Occupancy · Parkside');
    expect(buttonNamed(element, 'Send')?.hasAttribute('disabled')).toBe(true);

    await (await loader.getHarness(MatSelectHarness)).clickOptions({ text: 'Q3 budget' });
    await (await loader.getHarness(MatInputHarness)).setValue('  Down again this month  ');
    buttonNamed(element, 'Send')?.click();
    await fixture.whenStable();

    expect(sendMessage).toHaveBeenCalledWith({
      id: 'c2',
      body: { content: 'Down again this month', clientMessageId: expect.any(String), reference: DATA.reference },
    });
    expect(close).toHaveBeenCalledWith('c2');
  });

  it('uses the item’s name as the message when there is no comment', async () => {
    const sendMessage = jest.fn(() => of({}));
    const { element, fixture, loader } = await open([conversation('c1', 'Grace Hopper')], sendMessage);

    await (await loader.getHarness(MatSelectHarness)).clickOptions({ text: 'Grace Hopper' });
    buttonNamed(element, 'Send')?.click();
    await fixture.whenStable();

    expect(sendMessage).toHaveBeenCalledWith(
      expect.objectContaining({ body: expect.objectContaining({ content: 'Occupancy · Parkside' }) }),
    );
  });

  it('shows why the server refused and stays open', async () => {
    const refusal = new HttpErrorResponse({
      status: 403,
      error: { statusCode: 403, message: 'You may not see the view overview.kpi_tiles', code: 'VIEW_NOT_PERMITTED' },
    });
    const { element, fixture, loader, close } = await open(
      [conversation('c1', 'Grace Hopper')],
      jest.fn(() => throwError(() => refusal)),
    );

    await (await loader.getHarness(MatSelectHarness)).clickOptions({ text: 'Grace Hopper' });
    buttonNamed(element, 'Send')?.click();
    await fixture.whenStable();

    expect(element.querySelector('[role="alert"]')?.textContent).toContain(
      'You may not see the view overview.kpi_tiles',
    );
    expect(close).not.toHaveBeenCalled();
  });

  it('says how to start when there is no conversation', async () => {
    const { element } = await open([], jest.fn());

    expect(element.textContent).toContain('You have no conversation yet');
    expect(buttonNamed(element, 'Send')?.hasAttribute('disabled')).toBe(true);
  });
});
