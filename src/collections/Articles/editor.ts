// The article body's editor: Payload's default features plus tables (scores, lists of units, budgets).
// The features are their own export so imports (src/archive, Word) convert HTML with the same nodes.
import { EXPERIMENTAL_TableFeature, lexicalEditor, type LexicalEditorProps } from '@payloadcms/richtext-lexical'

export const articleBodyFeatures: LexicalEditorProps['features'] = ({ defaultFeatures }) => [
  ...defaultFeatures,
  EXPERIMENTAL_TableFeature(),
]

export const articleEditor = lexicalEditor({ features: articleBodyFeatures })
