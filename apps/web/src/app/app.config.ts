import { PlatformLocation } from '@angular/common';
import { provideHttpClient, withFetch, withInterceptors } from '@angular/common/http';
import {
  type ApplicationConfig,
  inject,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
} from '@angular/core';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { provideApiConfiguration } from '@ownerdash/api-client';
import { appRoutes } from './app.routes';
import { authInterceptor } from './auth/auth.interceptor';
import { SessionStore } from './auth/session.store';
import { prefetchDashboard } from './page-chunks';
import { provideSvgIcons } from './svg-icons';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideHttpClient(withFetch(), withInterceptors([authInterceptor])),
    // The API is served from the app's own origin: paths in the client already start with /api.
    provideApiConfiguration(''),
    provideRouter(appRoutes, withComponentInputBinding()),
    // The first navigation waits for this, so a returning user never sees the sign-in page flash by.
    provideAppInitializer(() => {
      void prefetchDashboard(inject(PlatformLocation).pathname);
      return inject(SessionStore).initialize();
    }),
    provideSvgIcons(),
  ],
};
