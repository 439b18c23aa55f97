// Units as a tree, built from the flat list: each unit under its parent, siblings in staff's order.
import type { Unit } from '@/payload-types'

export type UnitNode = { unit: Unit; children: UnitNode[] }

const parentId = (unit: Unit): number | null =>
  unit.parent == null ? null : typeof unit.parent === 'object' ? unit.parent.id : unit.parent

export const byStaffOrder = (a: Unit, b: Unit) =>
  (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER) || a.fullName.localeCompare(b.fullName, 'vi') || a.id - b.id

/**
 * A unit whose parent is missing (deleted, or not readable) is shown at the top rather than lost. The
 * save hook refuses cycles; a cycle that slipped in some other way is cut where it closes, never looped.
 */
export function buildTree(units: Unit[]): UnitNode[] {
  const nodes = new Map(units.map((unit) => [unit.id, { unit, children: [] as UnitNode[] }]))
  const roots: UnitNode[] = []
  for (const node of nodes.values()) {
    const parent = parentId(node.unit)
    const parentNode = parent == null ? undefined : nodes.get(parent)
    if (parentNode && !closesCycle(node.unit.id, parent, nodes)) parentNode.children.push(node)
    else roots.push(node)
  }
  const sort = (list: UnitNode[]) => {
    list.sort((a, b) => byStaffOrder(a.unit, b.unit))
    list.forEach((node) => sort(node.children))
  }
  sort(roots)
  return roots
}

function closesCycle(id: number, parent: number | null, nodes: Map<number, UnitNode>): boolean {
  const seen = new Set<number>()
  for (let current = parent; current != null;) {
    if (current === id || seen.has(current)) return true
    seen.add(current)
    const next = nodes.get(current)
    current = next ? parentId(next.unit) : null
  }
  return false
}

/** The path from the top of the tree down to the unit, for breadcrumbs. */
export function ancestorsOf(unit: Unit, units: Unit[]): Unit[] {
  const byId = new Map(units.map((u) => [u.id, u]))
  const chain: Unit[] = []
  const seen = new Set<number>([unit.id])
  for (let current = parentId(unit); current != null && !seen.has(current);) {
    seen.add(current)
    const found = byId.get(current)
    if (!found) break
    chain.unshift(found)
    current = parentId(found)
  }
  return chain
}

export const unitPath = (unit: Pick<Unit, 'id' | 'slug'>) => `/co-cau-to-chuc/${unit.slug || unit.id}`
