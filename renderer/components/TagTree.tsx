/**
 * The sidebar's tags as a tree by `/` (`method/transformers` under `method`). Each tag toggles in the
 * filter (several at once); a parent filters with its children. Parents collapse; each tag has a menu.
 */
import { useId, useMemo, useState } from "react";
import type { TagCount } from "../../shared/api/contract";
import { type TagNode, tagKey, tagTree } from "../../shared/model/tags";
import { isTagColor } from "../lib/tag-colors";
import { useTagTotals } from "../state/useTagTotals";
import { FilterButton } from "./FilterButton";

interface TagTreeProps {
  tags: readonly TagCount[];
  /** The tags in the filter. */
  selected: readonly string[];
  onToggle(tag: string): void;
  /** The tag whose menu is open, if any. */
  menuFor: string | undefined;
  onMenu(tag: string, button: HTMLButtonElement): void;
}

function parentsOf(nodes: readonly TagNode<TagCount>[], out: string[] = []): string[] {
  for (const n of nodes) {
    if (n.children.length > 0) {
      out.push(n.name);
      parentsOf(n.children, out);
    }
  }
  return out;
}

export function TagTree({ tags, selected, onToggle, menuFor, onMenu }: TagTreeProps) {
  const tree = useMemo(() => tagTree(tags), [tags]);
  const parents = useMemo(() => parentsOf(tree), [tree]);
  const totals = useTagTotals(parents);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const active = new Set(selected.map(tagKey));
  const baseId = useId();

  const render = (nodes: readonly TagNode<TagCount>[], path: string) =>
    nodes.map((node, i) => {
      const key = tagKey(node.name);
      const labelId = `${baseId}-${path}${i}`;
      const hasChildren = node.children.length > 0;
      const open = !collapsed.has(key);
      const color = isTagColor(node.item?.color) ? node.item.color : undefined;
      return (
        <li key={key}>
          <div className="tag-node">
            {hasChildren ? (
              <button
                type="button"
                className="tree-toggle"
                aria-expanded={open}
                aria-label="Subtags"
                aria-describedby={labelId}
                onClick={() =>
                  setCollapsed((c) => {
                    const next = new Set(c);
                    if (open) next.add(key);
                    else next.delete(key);
                    return next;
                  })
                }
              >
                <span aria-hidden="true" className="tree-chevron" />
              </button>
            ) : (
              <span className="tree-spacer" />
            )}
            <FilterButton
              label={node.label}
              count={hasChildren ? (totals.get(node.name) ?? node.item?.count) : node.item?.count}
              pressed={active.has(key)}
              title={node.name}
              labelId={labelId}
              onClick={() => onToggle(node.name)}
              icon={<span className="filter-icon filter-icon-tag" data-color={color} aria-hidden="true" />}
            />
            <button
              type="button"
              className="icon-button tag-menu-button"
              // A name without the tag's, so "ml" finds the filter button alone; the tag is the description.
              aria-label="Tag options"
              aria-describedby={labelId}
              aria-haspopup="dialog"
              aria-expanded={menuFor !== undefined && tagKey(menuFor) === key}
              onClick={(e) => onMenu(node.name, e.currentTarget)}
            >
              <span aria-hidden="true">⋯</span>
            </button>
          </div>
          {hasChildren && open && <ul className="filter-list tag-children">{render(node.children, `${path}${i}-`)}</ul>}
        </li>
      );
    });

  return <ul className="filter-list tag-filter-list">{render(tree, "")}</ul>;
}
