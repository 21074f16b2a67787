import { ApplicationRef } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatIconTestingModule } from '@angular/material/icon/testing';
import { type Observable, Subject } from 'rxjs';
import { zipResponse } from '../../testing/admin-fixtures';
import { httpError } from '../../testing/auth-fixtures';
import { alertText, buttonNamed } from '../../testing/page-helpers';
import { DataExportButton, type FileResponse } from './data-export-button';
import { saveFile } from './save-file';

jest.mock('./save-file', () => ({
  ...jest.requireActual('./save-file'),
  saveFile: jest.fn(),
}));

describe('DataExportButton', () => {
  let fixture: ComponentFixture<DataExportButton>;
  let answer: Subject<FileResponse>;
  const settle = () => TestBed.inject(ApplicationRef).whenStable();
  const button = () => buttonNamed(fixture.nativeElement, 'Download my data') as HTMLButtonElement;

  beforeEach(async () => {
    jest.mocked(saveFile).mockClear();
    answer = new Subject<FileResponse>();
    TestBed.configureTestingModule({ imports: [MatIconTestingModule] });
    fixture = TestBed.createComponent(DataExportButton);
    fixture.componentRef.setInput('label', 'Download my data');
    fixture.componentRef.setInput('request', (): Observable<FileResponse> => answer);
    await settle();
  });

  it('is busy while the archive is prepared, then saves it under the server’s name', async () => {
    button().click();
    await settle();
    expect(button().disabled).toBe(true);
    expect(button().getAttribute('aria-busy')).toBe('true');
    expect(fixture.nativeElement.querySelector('[role="status"]')?.textContent).toBe('Preparing the archive…');

    answer.next(zipResponse('ownerdash-personal-data-me-2026-12-07.zip'));
    await settle();

    expect(saveFile).toHaveBeenCalledWith(
      expect.any(Blob),
      'ownerdash-personal-data-me-2026-12-07.zip',
      'application/zip',
    );
    expect(button().disabled).toBe(false);
  });

  it('says when the download failed, and can be tried again', async () => {
    button().click();
    answer.error(httpError(404, { message: 'There is no user with this id in your organization.' }));
    await settle();

    expect(alertText(fixture.nativeElement)).toBe(
      'The download failed. There is no user with this id in your organization.',
    );
    expect(saveFile).not.toHaveBeenCalled();
    expect(button().disabled).toBe(false);
  });
});
