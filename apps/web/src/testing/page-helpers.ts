/** Small DOM helpers for page and dialog tests: fill fields by name, find buttons and messages by text. */

export function field(root: ParentNode, name: string): HTMLInputElement {
  const input = root.querySelector<HTMLInputElement>(`input[name="${name}"]`);
  if (!input) {
    throw new Error(`No input named ${name}`);
  }
  return input;
}

/** Types into the named fields as a user would (input, then leaving the field). */
export function fillIn(root: ParentNode, values: Record<string, string>): void {
  for (const [name, value] of Object.entries(values)) {
    const input = field(root, name);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
  }
}

export function buttonNamed(root: ParentNode, text: string): HTMLElement | undefined {
  return [...root.querySelectorAll<HTMLElement>('button, a')].find((element) => element.textContent?.trim() === text);
}

export function fieldErrors(root: ParentNode): (string | undefined)[] {
  return [...root.querySelectorAll('mat-error')].map((error) => error.textContent?.trim());
}

export function alertText(root: ParentNode): string | undefined {
  return root.querySelector('[role="alert"]')?.textContent?.trim();
}
