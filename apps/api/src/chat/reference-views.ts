import { MessageReference } from '@ownerdash/contracts';
import { EffectivePermissions } from '../permissions/effective-permissions';
import { StoredReference } from './stored-reference';

/**
 * The reference as this reader may read it, judged on their rights now (so losing a view or a
 * property hides snapshots already in the history): all of it when they may see every property
 * its snapshot covers and its view, otherwise only its type. No rights (a message bound for no
 * one in particular) reads as restricted.
 */
export function referenceFor(stored: StoredReference, rights: EffectivePermissions | null): MessageReference {
  if (rights === null || !maySee(stored, rights)) {
    return { type: stored.type, restricted: true };
  }
  const { type, id, state, label, snapshot } = stored;
  return { type, id, state, label, snapshot } as MessageReference;
}

function maySee(stored: StoredReference, rights: EffectivePermissions): boolean {
  if (stored.viewId !== null && !rights.views.includes(stored.viewId)) {
    return false;
  }
  const granted = rights.scope.propertyIds;
  return granted === null || stored.propertyIds.every((id) => granted.includes(id));
}
