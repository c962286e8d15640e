import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { forbidden, unauthenticated } from '../errors/api-errors';
import { Actor, Role } from './actor';

export interface AuthenticatedContext {
  actor: Actor | null;
}

/** The verified caller of a GraphQL operation, or null when the request carried no token. */
export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor | null => {
  return GqlExecutionContext.create(ctx).getContext<AuthenticatedContext>().actor ?? null;
});

/** Throws UNAUTHENTICATED without a caller and FORBIDDEN when the caller's role is not allowed. */
export function requireRole(actor: Actor | null, ...roles: Role[]): Actor {
  if (!actor) throw unauthenticated('ログインが必要です', 'Sign-in required');
  if (roles.length && !roles.includes(actor.role)) {
    throw forbidden(`your role (${actor.role}) may not do this`, 'この操作の権限がありません');
  }
  return actor;
}
