import { ChangeDetectionStrategy, Component, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import type { Observable } from 'rxjs';
import { describeFailure } from '../api-error';
import { attachmentFileName, saveFile } from './save-file';

/** A response with a file: its body and the headers that name it. */
export interface FileResponse {
  readonly body: Blob;
  readonly headers: { get(name: string): string | null };
}

/** The file name when the server names none. */
const FALLBACK_NAME = 'ownerdash-personal-data.zip';

/**
 * Downloads a personal-data export (a ZIP the server makes): busy while the archive is prepared,
 * saved under the name the server gives, and a failure said next to the button.
 */
@Component({
  selector: 'od-data-export-button',
  imports: [MatButtonModule, MatIconModule, MatProgressSpinnerModule],
  template: `
    <button mat-stroked-button type="button" [disabled]="busy()" [attr.aria-busy]="busy()" (click)="download()">
      @if (busy()) {
        <mat-progress-spinner mode="indeterminate" diameter="18" aria-hidden="true" />
      } @else {
        <mat-icon svgIcon="download" aria-hidden="true" />
      }
      {{ label() }}
    </button>
    <span class="status" role="status">{{ busy() ? 'Preparing the archive…' : '' }}</span>
    @if (failure(); as message) {
      <p class="failure" role="alert">{{ message }}</p>
    }
  `,
  styles: `
    :host {
      display: contents;
    }
    mat-progress-spinner {
      display: inline-block;
      margin-right: 8px;
      vertical-align: middle;
    }
    .status {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    .failure {
      flex-basis: 100%;
      margin: 0;
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DataExportButton {
  readonly label = input.required<string>();
  /** Asks the server for the archive; called on each click. */
  readonly request = input.required<() => Observable<FileResponse>>();

  protected readonly busy = signal(false);
  protected readonly failure = signal<string | null>(null);

  protected download(): void {
    this.busy.set(true);
    this.failure.set(null);
    this.request()().subscribe({
      next: (response) => {
        const name = attachmentFileName(response.headers.get('Content-Disposition')) ?? FALLBACK_NAME;
        saveFile(response.body, name, 'application/zip');
        this.busy.set(false);
      },
      error: (error: unknown) => {
        this.failure.set(`The download failed. ${describeFailure(error)}`);
        this.busy.set(false);
      },
    });
  }
}
