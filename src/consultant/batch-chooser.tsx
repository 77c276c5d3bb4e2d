/**
 * Where case files go in: a file input that takes any number of them (the keyboard's way), inside
 * a box that also takes files dropped on it.
 */
import { useState, type DragEvent } from 'react';
import { useCt } from './consultant-i18n';

export function BatchChooser({ onFiles }: { onFiles: (files: File[]) => void }) {
  const ct = useCt();
  const [over, setOver] = useState(false);
  const drop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    onFiles([...event.dataTransfer.files]);
  };
  return (
    <div
      className={`batch__drop${over ? ' batch__drop--over' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <label className="field-label" htmlFor="batch-files">
        {ct('consultant.batch.choose')}
      </label>
      <div id="batch-files-hint" className="hint">
        {ct('consultant.batch.choose-hint')}
      </div>
      <input
        id="batch-files"
        type="file"
        multiple
        accept=".json,application/json"
        className="file-input"
        aria-describedby="batch-files-hint"
        onChange={(event) => onFiles([...(event.target.files ?? [])])}
      />
    </div>
  );
}
