import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { AdminApi, type PresetDto, PropertiesApi } from '@ownerdash/api-client';
import { filter, forkJoin, switchMap } from 'rxjs';
import { describeFailure } from '../api-error';
import { askToConfirm } from '../shared/confirm-dialog';
import { LoadFailure } from '../shared/load-failure';
import { PageHeader } from '../shared/page-header';
import { PageState } from '../shared/page-state';
import { ScrollRegion } from '../shared/scroll-region';
import { PresetDialog, type PresetDialogData } from './preset-dialog';
import { describePreset } from './preset-summary';

/** The organization's presets: named bundles of role, permission tree and property scope. */
@Component({
  selector: 'od-presets-page',
  imports: [
    LoadFailure,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    MatTableModule,
    PageHeader,
    PageState,
    ScrollRegion,
  ],
  templateUrl: './presets-page.html',
  styleUrl: './presets-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PresetsPage {
  private readonly admin = inject(AdminApi);
  private readonly propertiesApi = inject(PropertiesApi);
  private readonly dialog = inject(MatDialog);

  protected readonly catalog = rxResource({
    stream: () => forkJoin({ presets: this.admin.listPresets(), properties: this.propertiesApi.listProperties() }),
  });
  protected readonly rows = computed(() => {
    if (!this.catalog.hasValue()) {
      return [];
    }
    const { presets, properties } = this.catalog.value();
    return presets.items.map((preset) => ({ preset, summary: describePreset(preset, properties.items) }));
  });
  protected readonly isEmpty = computed(() => this.catalog.hasValue() && this.rows().length === 0);
  protected readonly failure = computed(() => {
    const error = this.catalog.error();
    return error ? `The presets could not be loaded. ${describeFailure(error)}` : null;
  });
  /** Confirmations and failures of deletions, announced politely. */
  protected readonly status = signal<string | null>(null);
  protected readonly columns = ['name', 'summary', 'actions'];

  protected edit(preset?: PresetDto): void {
    if (!this.catalog.hasValue()) {
      return;
    }
    const data: PresetDialogData = { preset, properties: this.catalog.value().properties.items };
    this.dialog
      .open(PresetDialog, { data, width: '720px', maxWidth: '95vw', disableClose: true })
      .afterClosed()
      .subscribe((saved: PresetDto | undefined) => {
        if (saved) {
          this.status.set(`The preset ${saved.name} was saved.`);
          this.catalog.reload();
        }
      });
  }

  protected remove(preset: PresetDto): void {
    this.status.set(null);
    askToConfirm(this.dialog, {
      title: `Delete the preset ${preset.name}?`,
      message: 'Members it was applied to keep what they were given. It can no longer be chosen for invitations.',
      confirmLabel: 'Delete',
      destructive: true,
    })
      .pipe(
        filter(Boolean),
        switchMap(() => this.admin.deletePreset({ id: preset.id })),
      )
      .subscribe({
        next: () => {
          this.status.set(`The preset ${preset.name} was deleted.`);
          this.catalog.reload();
        },
        error: (error: unknown) => this.status.set(`The preset could not be deleted. ${describeFailure(error)}`),
      });
  }
}
