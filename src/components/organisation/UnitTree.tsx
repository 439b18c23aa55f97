import type { UnitNode } from '@/organisation/tree'
import { unitPath } from '@/organisation/tree'

/**
 * The organisation as nested lists: a screen reader announces each level and its size, keyboard users tab
 * through the links, and the print stylesheet draws the same lists as a chart with connecting lines.
 */
export function UnitTree({
  nodes,
  hrefFor = unitPath,
  nameOf,
}: {
  nodes: UnitNode[]
  hrefFor?: typeof unitPath
  nameOf: (node: UnitNode) => React.ReactNode
}) {
  if (nodes.length === 0) return null
  return (
    <ul className="unit-tree">
      {nodes.map((node) => (
        <li key={node.unit.id}>
          <span className="unit-tree__box">
            <a href={hrefFor(node.unit)}>{nameOf(node)}</a>
          </span>
          <UnitTree nodes={node.children} hrefFor={hrefFor} nameOf={nameOf} />
        </li>
      ))}
    </ul>
  )
}
