import { TestBed } from '@angular/core/testing';
import { MatIconTestingModule } from '@angular/material/icon/testing';
import { provideRouter, Router } from '@angular/router';
import { VIEWS } from '@ownerdash/contracts';
import { PortfolioProperties } from '../dashboard/portfolio-properties';
import { ShareOpener } from './share-opener';
import { ShareViewButton } from './share-view-button';

describe('ShareViewButton', () => {
  it('shares the card as a chart of the property picked and the days chosen, named for keyboard users', async () => {
    const opener = { share: jest.fn(() => Promise.resolve()) };
    const list = {
      value: () => [{ id: 'p-1', slug: 'parkside', name: 'Parkside' }],
      hasValue: () => true,
      error: () => undefined,
    };
    TestBed.configureTestingModule({
      imports: [MatIconTestingModule],
      providers: [
        provideRouter([{ path: '**', children: [] }]),
        { provide: ShareOpener, useValue: opener },
        { provide: PortfolioProperties, useValue: { list } },
      ],
    });
    await TestBed.inject(Router).navigateByUrl('/dashboard/overview?properties=p-1&from=2026-10-01&to=2026-11-30');
    const fixture = TestBed.createComponent(ShareViewButton);
    fixture.componentRef.setInput(
      'view',
      VIEWS.find((view) => view.id === 'overview.occ_trend'),
    );
    await fixture.whenStable();

    const button = (fixture.nativeElement as HTMLElement).querySelector('button');
    expect(button?.getAttribute('aria-label')).toBe('Share Occupancy over time to chat');
    button?.click();

    expect(opener.share).toHaveBeenCalledWith(
      {
        type: 'chart',
        id: 'parkside:overview.occ_trend',
        state: { propertyIds: ['p-1'], from: '2026-10-01', to: '2026-11-30', asOf: '2026-11-30' },
      },
      'Occupancy over time · Parkside',
    );
  });
});
