import { isChatEntityType, parseEntityId } from '@ownerdash/contracts';
import { ValidateBy, ValidationArguments } from 'class-validator';

/**
 * An entity id in the grammar of the `entityType` beside it (`libs/contracts` chat-entities); with
 * no valid type the type's own validator speaks, so the message names one problem at a time.
 */
export function IsEntityIdOf(typeField = 'entityType'): PropertyDecorator {
  return ValidateBy({
    name: 'isEntityIdOf',
    validator: {
      validate: (value: unknown, args?: ValidationArguments) => problemOf(value, typeOf(args, typeField)) === null,
      defaultMessage: (args?: ValidationArguments) =>
        `${args?.property}: ${problemOf(args?.value, typeOf(args, typeField)) ?? ''}`,
    },
  });
}

function typeOf(args: ValidationArguments | undefined, field: string): unknown {
  return (args?.object as Record<string, unknown> | undefined)?.[field];
}

function problemOf(value: unknown, type: unknown): string | null {
  if (typeof type !== 'string' || !isChatEntityType(type)) {
    return null;
  }
  if (typeof value !== 'string') {
    return 'must be a string';
  }
  const parsed = parseEntityId(type, value);
  return parsed.ok ? null : parsed.problem;
}
