/** The detail pane's dialogs: add a paper, edit the shown one, confirm its deletion. */
import type { Paper } from "../../shared/model/paper";
import {
  EMPTY_PAPER_FORM,
  formFromPaper,
  type PaperFormErrors,
  type PaperFormValues,
  paperEdit,
  validatePaperForm,
} from "../lib/paper-form";
import type { Actions } from "../state/useActions";
import { ConfirmDialog } from "./ConfirmDialog";
import { PaperForm } from "./PaperForm";

export type PaperDialog = { kind: "add" } | { kind: "edit"; paper: Paper } | { kind: "delete"; paper: Paper };

interface PaperDialogsProps {
  dialog: PaperDialog | undefined;
  actions: Actions;
  onClose(): void;
  /** Show this paper in the detail pane (a paper just added). */
  onShowPaper(id: string): void;
  /** Before a delete: save whatever is still being typed for the paper. */
  beforeDelete(): Promise<void>;
  onDeleted(ids: string[]): void;
  onInfo(message: string): void;
}

/** Keeps the form open without field errors (the failure itself is already shown as a banner). */
const KEEP_OPEN: PaperFormErrors = {};

export function PaperDialogs({
  dialog,
  actions,
  onClose,
  onShowPaper,
  beforeDelete,
  onDeleted,
  onInfo,
}: PaperDialogsProps) {
  if (!dialog) return null;
  switch (dialog.kind) {
    case "add": {
      const submit = async (values: PaperFormValues) => {
        const checked = validatePaperForm(values);
        if (!checked.ok) return checked.errors;
        const result = await actions.write("addPaper", checked.fields, "Adding the paper failed");
        if (!result) return KEEP_OPEN;
        if (result.existed) onInfo("This paper is already in your library; here it is.");
        onClose();
        onShowPaper(result.id);
        return undefined;
      };
      return (
        <PaperForm
          title="Add a paper"
          submitLabel="Add paper"
          initial={EMPTY_PAPER_FORM}
          onSubmit={submit}
          onCancel={onClose}
        />
      );
    }
    case "edit": {
      const { paper } = dialog;
      const submit = async (values: PaperFormValues) => {
        const edit = paperEdit(paper, values);
        if (!edit.ok) return edit.errors;
        if (edit.changed) {
          const result = await actions.write(
            "updatePaper",
            { id: paper.id, fields: edit.fields },
            "Saving the paper failed",
          );
          if (!result) return KEEP_OPEN;
        }
        onClose();
        return undefined;
      };
      return (
        <PaperForm
          title="Edit paper"
          submitLabel="Save changes"
          initial={formFromPaper(paper)}
          onSubmit={submit}
          onCancel={onClose}
        />
      );
    }
    case "delete": {
      const { paper } = dialog;
      const confirm = async () => {
        await beforeDelete();
        const result = await actions.write("deletePapers", { ids: [paper.id] }, "Deleting the paper failed");
        onClose();
        if (result) onDeleted([paper.id]);
      };
      return (
        <ConfirmDialog
          title="Delete this paper?"
          message={`“${paper.title}” will be removed from your library with its note, tags and highlights. You can undo this.`}
          confirmLabel="Delete"
          onConfirm={confirm}
          onCancel={onClose}
        />
      );
    }
  }
}
