import { type EnvironmentProviders, inject, provideEnvironmentInitializer } from '@angular/core';
import { MatIconRegistry } from '@angular/material/icon';
import { DomSanitizer, type SafeResourceUrl } from '@angular/platform-browser';

/** Where the build copies the Material Symbols SVGs the app uses (see the `assets` of project.json). */
export const ICONS_PATH = 'icons';

const ICON_NAME = /^[a-z0-9_]+$/;

/** Lets `<mat-icon svgIcon="logout">` load `icons/logout.svg`, served by the app itself. */
export function provideSvgIcons(): EnvironmentProviders {
  return provideEnvironmentInitializer(() => {
    const sanitizer = inject(DomSanitizer);
    inject(MatIconRegistry).addSvgIconResolver((name, namespace) => svgIconUrl(sanitizer, name, namespace));
  });
}

function svgIconUrl(sanitizer: DomSanitizer, name: string, namespace: string): SafeResourceUrl | null {
  // Only plain symbol names map to files: nothing a template binds can point the loader elsewhere.
  if (namespace || !ICON_NAME.test(name)) {
    return null;
  }
  return sanitizer.bypassSecurityTrustResourceUrl(`${ICONS_PATH}/${name}.svg`);
}
