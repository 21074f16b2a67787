import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import type { ViewDefinition, ViewId } from '@ownerdash/contracts';
import { DashboardFilters } from '../dashboard/dashboard-filters';
import { PortfolioProperties } from '../dashboard/portfolio-properties';
import { ShareOpener } from './share-opener';
import { viewReference } from './share-references';

/** "Share to chat" in a dashboard card's header: the card as a `chart` reference with the filters on screen. */
@Component({
  selector: 'od-share-view-button',
  imports: [MatButtonModule, MatIconModule],
  template: `
    <button mat-icon-button type="button" [attr.aria-label]="'Share ' + view().label + ' to chat'" (click)="share()">
      <mat-icon svgIcon="forum" aria-hidden="true" />
    </button>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ShareViewButton {
  private readonly filters = inject(DashboardFilters);
  private readonly properties = inject(PortfolioProperties).list;
  private readonly opener = inject(ShareOpener);

  readonly view = input.required<ViewDefinition>();

  protected share(): Promise<void> {
    const view = this.view();
    const { reference, scopeName } = viewReference(
      view.id as ViewId,
      this.filters.viewScope()?.propertyIds ?? [],
      this.properties.value() ?? [],
      this.filters.chosenRange(),
    );
    return this.opener.share(reference, `${view.label} · ${scopeName}`);
  }
}
