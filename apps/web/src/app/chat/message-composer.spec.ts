import { TestBed } from '@angular/core/testing';
import { MatIconTestingModule } from '@angular/material/icon/testing';
import { ChatApi, type SuggestionsDto } from '@ownerdash/api-client';
import { of } from 'rxjs';
import { type ComposedMessage, MessageComposer } from './message-composer';

const GRACE = '5f0c6d2e-8a4b-4f7e-9c1d-2b3a4c5d6e7f';
const SUGGESTIONS: SuggestionsDto = {
  people: [{ id: GRACE, displayName: 'Grace Hopper' }],
  items: [{ type: 'kpi', id: 'portfolio:occupancy_pct', label: 'Occupancy', detail: 'Figure · whole portfolio' }],
};

async function render() {
  const api = { listChatSuggestions: jest.fn(() => of(SUGGESTIONS)) };
  TestBed.configureTestingModule({ imports: [MatIconTestingModule], providers: [{ provide: ChatApi, useValue: api }] });
  const fixture = TestBed.createComponent(MessageComposer);
  fixture.componentRef.setInput('myId', 'u-me');
  fixture.componentRef.setInput('conversationId', 'c-1');
  const sent: ComposedMessage[] = [];
  const dismissed = jest.fn();
  fixture.componentInstance.send.subscribe((message) => sent.push(message));
  fixture.componentInstance.dismiss.subscribe(dismissed);
  await fixture.whenStable();
  const page = fixture.nativeElement as HTMLElement;
  const field = page.querySelector('textarea') as HTMLTextAreaElement;
  const type = async (text: string) => {
    field.value = text;
    field.setSelectionRange(text.length, text.length);
    field.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  };
  const press = async (key: string) => {
    field.dispatchEvent(new KeyboardEvent('keydown', { key, cancelable: true }));
    await fixture.whenStable();
  };
  const options = () =>
    [...page.querySelectorAll('[role="option"]')].map((option) => [
      [...option.querySelectorAll('span')].map((span) => span.textContent?.trim()).join(' | '),
      option.getAttribute('aria-selected'),
    ]);
  return { api, field, page, type, press, options, sent, dismissed };
}

describe('MessageComposer @ autocomplete', () => {
  it('opens a listbox of people and items on @, searched on the server, and moves through it with the arrows', async () => {
    const { api, field, page, type, press, options } = await render();
    expect(field.getAttribute('aria-expanded')).toBe('false');

    await type('Over to @gr');

    expect(api.listChatSuggestions).toHaveBeenLastCalledWith({ conversationId: 'c-1', q: 'gr' });
    expect(field.getAttribute('role')).toBe('combobox');
    expect(field.getAttribute('aria-expanded')).toBe('true');
    expect(page.querySelector('[role="listbox"]')?.id).toBe(field.getAttribute('aria-controls'));
    expect(options()).toEqual([
      ['Grace Hopper', 'true'],
      ['Occupancy | Figure · whole portfolio', 'false'],
    ]);
    await press('ArrowDown');
    expect(field.getAttribute('aria-activedescendant')).toBe('chat-suggestion-1');
    await press('ArrowDown');
    expect(options().map(([, selected]) => selected)).toEqual(['true', 'false']);
  });

  it('inserts the mention markup of the person chosen with Enter, then sends the message', async () => {
    const { field, type, press, sent, options } = await render();

    await type('Over to @gr');
    await press('Enter');
    expect(field.value).toBe(`Over to @[Grace Hopper](user:${GRACE}) `);
    expect(options()).toEqual([]);
    await press('Enter');

    expect(sent).toEqual([{ content: `Over to @[Grace Hopper](user:${GRACE})`, reference: null }]);
  });

  it('attaches the item chosen as the message’s reference, and Escape closes the list only', async () => {
    const { field, page, type, press, sent, dismissed, options } = await render();

    await type('Look @occ');
    await press('ArrowDown');
    await press('Enter');
    expect(field.value).toBe('Look ');
    expect(page.textContent).toContain('Attached: Occupancy · Figure · whole portfolio');

    await type('Look @');
    await press('Escape');
    expect(options()).toEqual([]);
    expect(dismissed).not.toHaveBeenCalled();
    await type('Look at this');
    await press('Enter');

    expect(sent).toEqual([{ content: 'Look at this', reference: { type: 'kpi', id: 'portfolio:occupancy_pct' } }]);
    expect(page.textContent).not.toContain('Attached:');
  });
});
