import { HttpStatus } from '@nestjs/common';
import { ERROR_CODES } from '@ownerdash/contracts';
import { EntityManager } from 'typeorm';
import { ApiException } from '../common/api-exception';
import { ChatReader } from './chat-reader';
import { chatQuery } from './chat-sql';

/**
 * The ids, deduplicated and lower-cased, after checking each is an active member of the
 * organization; an id from elsewhere gets the same answer as one that does not exist.
 */
export async function activeColleagues(
  manager: EntityManager,
  organizationId: string,
  field: string,
  userIds: readonly string[],
): Promise<string[]> {
  const unique = [...new Set(userIds.map((id) => id.toLowerCase()))];
  const found = await chatQuery<{ id: string }>(
    manager,
    `SELECT id FROM users WHERE id = ANY(CAST(:ids AS uuid[])) AND organization_id = :organizationId AND is_active`,
    { ids: unique, organizationId },
  );
  const known = new Set(found.map((row) => row.id));
  const unknown = unique.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    const message = `${field} has ids that are not active members of your organization: ${unknown.join(', ')}`;
    throw new ApiException(HttpStatus.BAD_REQUEST, {
      message,
      code: ERROR_CODES.validationFailed,
      details: [{ field, problems: [message] }],
    });
  }
  return unique;
}

export function badRequest(field: string, message: string): ApiException {
  return new ApiException(HttpStatus.BAD_REQUEST, {
    message,
    code: ERROR_CODES.validationFailed,
    details: [{ field, problems: [message] }],
  });
}

/** The user as a chat reader with their current rights, or undefined when inactive or gone. */
export async function currentReader(manager: EntityManager, userId: string): Promise<ChatReader | undefined> {
  const [reader] = await chatQuery<ChatReader>(
    manager,
    `SELECT id AS "userId", organization_id AS "organizationId", role, permission_version AS "permissionVersion"
     FROM users WHERE id = :userId AND is_active`,
    { userId },
  );
  return reader;
}
