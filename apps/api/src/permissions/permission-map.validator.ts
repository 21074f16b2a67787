import { isTabId, isViewId } from '@ownerdash/contracts';
import { registerDecorator, ValidationArguments } from 'class-validator';

type Kind = 'tab' | 'view';

function problemsOf(value: unknown, kind: Kind): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return 'must be an object mapping ids to true or false';
  }
  const isKnown = kind === 'tab' ? isTabId : isViewId;
  const unknown = Object.keys(value).filter((key) => !isKnown(key));
  if (unknown.length > 0) {
    return `has unknown ${kind} ids: ${unknown.join(', ')}`;
  }
  const notBoolean = Object.entries(value).filter(([, setting]) => typeof setting !== 'boolean');
  if (notBoolean.length > 0) {
    return `must map each ${kind} id to true or false (not so for ${notBoolean.map(([key]) => key).join(', ')})`;
  }
  return null;
}

/** An object whose keys are tab (or view) ids of the registry and whose values are booleans. */
export function IsPermissionMap(kind: Kind): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: `is${kind}PermissionMap`,
      target: target.constructor,
      propertyName: String(propertyName),
      validator: {
        validate: (value: unknown) => problemsOf(value, kind) === null,
        defaultMessage: (args?: ValidationArguments) => `${args?.property} ${problemsOf(args?.value, kind)}`,
      },
    });
  };
}
