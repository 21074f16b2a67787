import { bootstrapApplication } from '@angular/platform-browser';
import { App } from './app/app';
import { appConfig } from './app/app.config';

bootstrapApplication(App, appConfig).catch((error: unknown) => {
  // A failed bootstrap leaves only the loading screen; the console is the one place that can say why.
  // eslint-disable-next-line no-console
  console.error(error);
});
