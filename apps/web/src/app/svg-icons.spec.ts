import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MatIconRegistry } from '@angular/material/icon';
import { CONVERSATION_ICONS } from './chat/conversation-icons';
import { TAB_ICONS } from './dashboard/tab-icons';
import { NOTIFICATION_ICONS } from './notifications/notification-text';
import { provideSvgIcons } from './svg-icons';

const projectRoot = join(__dirname, '..', '..');
const workspaceRoot = join(projectRoot, '..', '..');

interface AssetEntry {
  readonly glob: string;
  readonly input: string;
  readonly output?: string;
}

/** The icon names the build copies into `icons/` (the brace list of the assets glob in project.json). */
function copiedIcons(): { names: string[]; input: string } {
  const project = JSON.parse(readFileSync(join(projectRoot, 'project.json'), 'utf8'));
  const assets: AssetEntry[] = project.targets.build.options.assets;
  const entry = assets.find((asset) => asset.output === 'icons');
  if (!entry) {
    throw new Error('project.json copies no icons');
  }
  const names = /^\{([a-z0-9_,]+)\}\.svg$/.exec(entry.glob)?.[1].split(',') ?? [];
  return { names, input: join(workspaceRoot, entry.input) };
}

/** Every icon the templates ask for by a literal name, plus the ones bound from data. */
function usedIcons(): Set<string> {
  const used = new Set<string>([
    ...Object.values(TAB_ICONS),
    ...Object.values(CONVERSATION_ICONS),
    ...Object.values(NOTIFICATION_ICONS),
  ]);
  const visit = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        visit(path);
      } else if (/\.(html|ts)$/.test(name) && !name.endsWith('.spec.ts')) {
        // `svgIcon` of <mat-icon>, and `icon` of the app's components that show one (od-notice, od-page-state).
        for (const [, bound, value] of readFileSync(path, 'utf8').matchAll(
          /(?<![\w-])(\[?)(?:svgIcon|icon)\]?="([^"]+)"/g,
        )) {
          // A literal attribute is the name itself; a binding names its icons as string literals.
          const names = bound ? [...value.matchAll(/'([a-z0-9_]+)'/g)].map((literal) => literal[1]) : [value];
          names.forEach((icon) => used.add(icon));
        }
      }
    }
  };
  visit(__dirname);
  return used;
}

describe('SVG icons', () => {
  it('loads a named icon from the icons the app serves', () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideSvgIcons()] });

    TestBed.inject(MatIconRegistry).getNamedSvgIcon('logout').subscribe();

    TestBed.inject(HttpTestingController).expectOne('icons/logout.svg');
  });

  it('has the build copy every icon the templates use, and each exists in the icon package', () => {
    const { names, input } = copiedIcons();

    expect([...usedIcons()].filter((icon) => !names.includes(icon))).toEqual([]);
    expect(names.filter((icon) => !statSync(join(input, `${icon}.svg`), { throwIfNoEntry: false }))).toEqual([]);
  });

  it('copies no icon the app does not use', () => {
    const used = usedIcons();

    expect(copiedIcons().names.filter((icon) => !used.has(icon))).toEqual([]);
  });
});
