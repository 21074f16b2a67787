// Material's declarations are partially compiled and link at import, which needs the JIT compiler loaded.
import '@angular/compiler';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { setupZonelessTestEnv } from 'jest-preset-angular/setup-env/zoneless';

setupZonelessTestEnv({
  errorOnUnknownElements: true,
  errorOnUnknownProperties: true,
  // Material finishes opening a dialog, and only then moves focus into it, on a timer as long as
  // its animation; without animations that happens before the app is stable, so tests need not race it.
  extraProviders: [{ provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
});
