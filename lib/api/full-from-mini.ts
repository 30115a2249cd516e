import { z } from 'zod';
import type * as core from 'zod/v4/core';

/**
 * The full-zod twin of a `zod/mini` schema of wire-mini.ts or profile-mini.ts, rebuilt node by node with the
 * same checks. Not the mini schema itself: zod's classic objects compile a fast parser (JIT) where mini ones
 * do not, and the service and background parse whole resolve answers. Only the kinds those files use are known.
 */
export function fullFromMini<T extends core.$ZodType>(schema: T): z.ZodType<core.output<T>, core.input<T>> {
  return rebuild(schema) as z.ZodType<core.output<T>, core.input<T>>;
}

function rebuild(schema: core.$ZodType): z.ZodType {
  const def = schema._zod.def as core.$ZodTypeDef & Record<string, unknown>;
  // The checks move over as they are (the same objects: one definition); `never` lets any kind take them.
  const checks = (def.checks ?? []) as never[];
  switch (def.type) {
    case 'object': {
      const { shape, catchall } = def as unknown as core.$ZodObjectDef;
      if (catchall) break;
      return z.object(Object.fromEntries(Object.entries(shape).map(([key, field]) => [key, rebuild(field)])));
    }
    case 'array':
      return z.array(rebuild((def as unknown as core.$ZodArrayDef).element)).check(...checks);
    case 'nullable':
      return rebuild((def as unknown as core.$ZodNullableDef).innerType).nullable();
    case 'optional':
      return rebuild((def as unknown as core.$ZodOptionalDef).innerType).optional();
    case 'union':
      return z.union((def as unknown as core.$ZodUnionDef).options.map(rebuild) as [z.ZodType, z.ZodType]);
    case 'enum':
      return z.enum((def as unknown as core.$ZodEnumDef).entries);
    case 'literal':
      return z.literal((def as unknown as core.$ZodLiteralDef<core.util.Literal>).values);
    case 'string':
      return z.string().check(...checks);
    case 'number':
      return z.number().check(...checks);
    case 'boolean':
      return z.boolean();
  }
  throw new Error(`fullFromMini: no full-zod form for a ${def.type} schema`);
}
