/** A personal or corporate name as CSL-JSON holds it (`family`, `given`, particles, `suffix`; `literal` for an organisation): the model's one shape of a name. */
import { Type, type Static } from 'typebox';

export const PersonName = Type.Object(
  {
    family: Type.Optional(Type.String({ examples: ['Gogh'] })),
    given: Type.Optional(Type.String({ examples: ['Vincent'] })),
    'non-dropping-particle': Type.Optional(Type.String({ description: 'A particle kept with the family name when the given name is dropped (`van` Gogh, `al-`Khwarizmi)', examples: ['van'] })),
    'dropping-particle': Type.Optional(Type.String({ description: 'A particle dropped with the given name (Beethoven, Ludwig `van`)', examples: ['van'] })),
    suffix: Type.Optional(Type.String({ examples: ['Jr.'] })),
    literal: Type.Optional(Type.String({ description: 'An organisation (or a single name) as written, never split', examples: ['BBC'] })),
  },
  { description: 'A name as CSL-JSON holds it: `family`/`given` (with particles and suffix) for a person, `literal` for an organisation', additionalProperties: false },
);
export type PersonName = Static<typeof PersonName>;
