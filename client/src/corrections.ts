// Corrections from the editor: mark a selection as a speaker, date or figure; undo recorded
// corrections (from a sidebar item carrying `corrected` ids, or picked from the list); export
// the workspace. The server records decisions in `.byline/annotations.jsonl`; its commands
// (byline.correct, byline.undoCorrection, byline.listCorrections, byline.exportWorkspace) are
// registered by the language client itself, so these palette commands have their own names.
import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';

export interface DecisionSummary {
  id: string;
  op: string;
  line: number;
  summary: string;
  orphaned: boolean;
}

/** the recorded decisions (`byline.listCorrections`), in file order */
export function listCorrections(client: LanguageClient): Promise<DecisionSummary[]> {
  return client.sendRequest(ExecuteCommandRequest.type, { command: 'byline.listCorrections', arguments: [] }) as Promise<DecisionSummary[]>;
}

const FORMATS = [
  { label: 'jsonl', description: 'one mark a line, in the gold files’ shape' },
  { label: 'brat', description: 'brat standoff .ann files with the texts' },
  { label: 'quotes-csv', description: 'speaker, role, organisation, quote, article, line, date' },
  { label: 'conll', description: 'CoNLL BIO tokens' },
];

export function registerCorrections(client: LanguageClient): vscode.Disposable[] {
  const server = <R>(command: string, ...args: unknown[]) =>
    client.sendRequest(ExecuteCommandRequest.type, { command, arguments: args }) as Promise<R>;
  const fail = (e: unknown) => void vscode.window.showErrorMessage(`Byline: ${e instanceof Error ? e.message : String(e)}`);

  const markAs = (type: 'speaker' | 'date' | 'figure') => async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.selection.isEmpty) return void vscode.window.showInformationMessage('Byline: select the text to mark first.');
    const s = editor.selection;
    const range = { start: { line: s.start.line, character: s.start.character }, end: { line: s.end.line, character: s.end.character } };
    let extra: Record<string, unknown> = {};
    if (type === 'speaker') {
      const entity = await vscode.window.showInputBox({ prompt: 'Canonical name of the speaker', value: editor.document.getText(s) });
      if (entity === undefined) return;
      extra = { entity, subtype: 'person' };
    }
    await server('byline.correct', { op: 'add', uri: editor.document.uri.toString(), range, type, ...extra }).catch(fail);
  };

  // from the palette: pick among all decisions; from a sidebar item (its `corrected` ids):
  // that item's decision at once, or a pick among its decisions (all ticked) when several
  const undo = async (item?: { corrected?: string[] }) => {
    let ids = item?.corrected ?? [];
    if (ids.length !== 1) {
      let list = await listCorrections(client).catch((e) => (fail(e), [] as DecisionSummary[]));
      if (ids.length) list = list.filter((d) => ids.includes(d.id));
      if (list.length === 0) return void vscode.window.showInformationMessage('Byline: no corrections recorded.');
      const mine = ids.length > 0;
      const picked = await vscode.window.showQuickPick(
        list.reverse().map((d) => ({ label: d.summary, description: `line ${d.line}${d.orphaned ? ' · orphaned' : ''}`, id: d.id, picked: mine })),
        { canPickMany: true, placeHolder: mine ? 'Corrections of this item to undo' : 'Corrections to undo' },
      );
      ids = picked?.map((p) => p.id) ?? [];
    }
    if (ids.length) await server('byline.undoCorrection', { ids }).catch(fail);
  };

  const exportWorkspace = async () => {
    const format = await vscode.window.showQuickPick(FORMATS, { placeHolder: 'Export the workspace’s annotations as…' });
    if (!format) return;
    const result = await server<{ files: string[] }>('byline.exportWorkspace', { format: format.label }).catch((e) => (fail(e), null));
    if (!result) return;
    const first = result.files.find((f) => !f.endsWith('.txt'));
    const open = 'Open';
    const choice = await vscode.window.showInformationMessage(`Byline: exported ${result.files.length} file(s)${first ? ` (${vscode.Uri.parse(first).fsPath})` : ''}.`, ...(first ? [open] : []));
    if (choice === open && first) await vscode.window.showTextDocument(vscode.Uri.parse(first));
  };

  return [
    vscode.commands.registerCommand('byline.markAsSpeaker', markAs('speaker')),
    vscode.commands.registerCommand('byline.markAsDate', markAs('date')),
    vscode.commands.registerCommand('byline.markAsFigure', markAs('figure')),
    vscode.commands.registerCommand('byline.undoCorrections', undo),
    // the sidebar's item action (same command, its own title: "Undo Correction")
    vscode.commands.registerCommand('byline.undoItemCorrections', undo),
    vscode.commands.registerCommand('byline.exportAnnotations', exportWorkspace),
  ];
}
