import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
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
  if (!actor) throw new GraphQLError('authentication required / ログインが必要です', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
  if (roles.length && !roles.includes(actor.role)) {
    throw new GraphQLError(`role ${actor.role} may not do this / この操作の権限がありません`, { extensions: { code: 'FORBIDDEN' } });
  }
  return actor;
}

export function forbidden(reasonEn: string, reasonJa: string): GraphQLError {
  return new GraphQLError(`${reasonEn} / ${reasonJa}`, { extensions: { code: 'FORBIDDEN' } });
}

export function notFound(what: string): GraphQLError {
  return new GraphQLError(`${what} not found / 見つかりません`, { extensions: { code: 'NOT_FOUND' } });
}

/** A typed input error naming the field path and the reason. */
export function badInput(field: string, reasonEn: string, reasonJa: string): GraphQLError {
  return new GraphQLError(`${field}: ${reasonEn} / ${reasonJa}`, { extensions: { code: 'BAD_USER_INPUT', field } });
}
