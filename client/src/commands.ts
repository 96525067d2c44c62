// Registers Byline's commands (the palette's "Byline: …" entries and the view's actions).
import * as vscode from 'vscode';
import { LanguageClient, State } from 'vscode-languageclient/node';
import { EntitiesTree, Node } from './entities-tree';
import { goToNeighbourMention, openRange } from './mention-navigation';

export function registerCommands(client: LanguageClient, tree: EntitiesTree): vscode.Disposable[] {
  const command = (id: string, run: (...args: any[]) => unknown) => vscode.commands.registerCommand(id, run);
  return [
    command('byline.nextMention', () => goToNeighbourMention(client, 'next')),
    command('byline.previousMention', () => goToNeighbourMention(client, 'previous')),
    command('byline.revealEntity', () => tree.revealEntityAt(vscode.window.activeTextEditor)),
    command('byline.refresh', () => tree.refresh()),
    command('byline.sortByName', () => tree.setSort('name')),
    command('byline.sortByCount', () => tree.setSort('count')),
    command('byline.filter', () => tree.promptFilter()),
    command('byline.clearFilter', () => tree.setFilter('')),
    command('byline.restartServer', () => (client.state === State.Running ? client.restart() : client.start())),
    command('byline.showOutput', () => client.outputChannel.show(true)),
    // internal: the tree's items
    command('byline.openMention', (uri: string, range: Parameters<typeof openRange>[1]) => openRange(uri, range)),
    command('byline.showMore', (node: Extract<Node, { kind: 'more' }>) => tree.showMore(node)),
  ];
}
