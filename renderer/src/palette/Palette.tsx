import { memo } from 'react';
import { Icon } from '../ui/icons';
import { PALETTE_MIME, type PaletteItem, paletteGroups } from './paletteItems';

/** The shapes a planner drags onto the canvas; a click adds the item to the selected container instead. */
export const Palette = memo(function Palette({ onAdd }: { onAdd: (item: PaletteItem) => void }) {
  return (
    <nav className="palette" aria-label="Palette">
      {paletteGroups.map((group) => (
        <section key={group.title} className="palette-group">
          <h2 className="palette-title">{group.title}</h2>
          {group.items.map((item) => (
            <button
              type="button"
              key={item.key}
              className="palette-item"
              draggable
              data-palette={item.key}
              title={`${item.label}: ${item.hint}. Drag onto the canvas, or click to add to the selection.`}
              onDragStart={(event) => {
                event.dataTransfer.setData(PALETTE_MIME, item.key);
                event.dataTransfer.effectAllowed = 'copy';
              }}
              onClick={() => onAdd(item)}
            >
              <span className="palette-icon" style={{ color: item.color }}>
                <Icon name={item.icon} size={18} />
              </span>
              <span className="palette-text">
                <span className="palette-label">{item.label}</span>
                <span className="palette-hint">{item.hint}</span>
              </span>
            </button>
          ))}
        </section>
      ))}
    </nav>
  );
});
