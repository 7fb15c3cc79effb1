import { z } from 'zod';
import { Glossary } from '../i18n/glossary.js';
import { ContentFile, LocaleOverlay } from './schema.js';

/** JSON Schemas for editor completion, generated from the zod schema (never edited by hand). */
export function contentJsonSchemas(): Record<string, unknown> {
  const generate = (schema: z.ZodType, title: string) => ({
    ...z.toJSONSchema(schema, { target: 'draft-7', io: 'input' }),
    title,
  });
  return {
    'content.schema.json': generate(ContentFile, 'provision-doctor content file'),
    'locale.schema.json': generate(LocaleOverlay, 'provision-doctor translation overlay'),
    'glossary.schema.json': generate(Glossary, "provision-doctor glossary of Microsoft's Danish and Dutch terms"),
  };
}
