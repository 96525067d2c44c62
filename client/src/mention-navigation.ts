// Next / previous mention of the entity under the cursor (`byline/neighbourMention`): the
// server orders the entity's marks across the corpus and wraps; the client only jumps.
import * as vscode from 'vscode';
import { LanguageClient, State } from 'vscode-languageclient/node';
import { NeighbourMentionParams, NeighbourMentionRequest, NeighbourMentionResult } from '../../server/src/lsp/protocol';

export async function goToNeighbourMention(client: LanguageClient, direction: 'next' | 'previous'): Promise<NeighbourMentionResult | null> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || client.state !== State.Running) return null;
  const params: NeighbourMentionParams = {
    textDocument: { uri: editor.document.uri.toString() },
    position: { line: editor.selection.active.line, character: editor.selection.active.character },
    direction,
  };
  const target = await client.sendRequest<NeighbourMentionResult | null>(NeighbourMentionRequest, params);
  if (!target) {
    vscode.window.setStatusBarMessage('$(info) Byline: no speaker, date or figure under the cursor', 4000);
    return null;
  }
  await openRange(target.uri, target.range);
  vscode.window.setStatusBarMessage(`Byline: mention ${target.index} of ${target.total}`, 4000);
  return target;
}

type LspRange = NeighbourMentionResult['range'];

/** Opens a file and selects a range in it (used by the sidebar's mentions too). */
export async function openRange(uri: string, range: LspRange): Promise<vscode.TextEditor> {
  const selection = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
  const editor = await vscode.window.showTextDocument(vscode.Uri.parse(uri), { selection, preview: true });
  editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}
