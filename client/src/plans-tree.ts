/**
 * The "Alliance plans" view in the Explorer: every plan of the workspace with its readiness,
 * and under each its elements; a click opens the plan at the element.
 */
import * as vscode from "vscode";
import type { ElementReadiness, PlanReadiness } from "../../server/lsp/protocol";
import type { ReadinessStore } from "./readiness-store";
import {
  elementDescription,
  elementTooltip,
  planDescription,
  planIcon,
  sortPlans,
  stateIcon,
  tooltipMarkdown,
  type IconSpec,
} from "./readiness-text";
import { uiTexts } from "./ui-lang";

export const PLANS_VIEW = "allianceLint.plans";

type Node = { kind: "plan"; plan: PlanReadiness } | { kind: "element"; plan: PlanReadiness; element: ElementReadiness };

export class PlansTree implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view: vscode.TreeView<Node>;
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly store: ReadinessStore) {
    this.view = vscode.window.createTreeView(PLANS_VIEW, { treeDataProvider: this, showCollapseAll: true });
    this.disposables = [this.changed, this.view, store.onDidChange(() => this.changed.fire())];
  }

  getChildren(node?: Node): Node[] {
    if (!node) return sortPlans(this.store.all()).map((plan) => ({ kind: "plan", plan }));
    if (node.kind === "element") return [];
    return node.plan.elements.map((element) => ({ kind: "element", plan: node.plan, element }));
  }

  getParent(node: Node): Node | undefined {
    return node.kind === "element" ? { kind: "plan", plan: node.plan } : undefined;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    return node.kind === "plan" ? planItem(node.plan) : elementItem(node.plan, node.element);
  }

  /** Show the view, with the plan of `uri` selected and expanded when it is one. */
  async reveal(uri: vscode.Uri | undefined): Promise<void> {
    const plan = uri && this.store.get(uri);
    if (plan) await this.view.reveal({ kind: "plan", plan }, { select: true, focus: true, expand: true });
    else await vscode.commands.executeCommand(`${PLANS_VIEW}.focus`);
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}

function planItem(plan: PlanReadiness): vscode.TreeItem {
  const uri = vscode.Uri.parse(plan.uri);
  const item = new vscode.TreeItem(plan.title, vscode.TreeItemCollapsibleState.Collapsed);
  item.id = plan.uri;
  item.description = planDescription(plan);
  item.tooltip = new vscode.MarkdownString(`${tooltipMarkdown(plan, uiTexts())}\n\n\`${vscode.workspace.asRelativePath(uri)}\``);
  item.iconPath = themeIcon(planIcon(plan));
  item.contextValue = plan.ready ? "plan.ready" : "plan";
  item.command = { title: "", command: "vscode.open", arguments: [uri] };
  return item;
}

function elementItem(plan: PlanReadiness, element: ElementReadiness): vscode.TreeItem {
  const texts = uiTexts();
  const item = new vscode.TreeItem(element.label, vscode.TreeItemCollapsibleState.None);
  item.id = `${plan.uri}#${element.element}`;
  item.description = elementDescription(element, texts);
  item.tooltip = elementTooltip(element, texts);
  item.iconPath = themeIcon(stateIcon(element.state));
  item.contextValue = `element.${element.state}`;
  const line = element.line ?? 0;
  const selection = new vscode.Range(line, 0, line, 0);
  item.command = { title: "", command: "vscode.open", arguments: [vscode.Uri.parse(plan.uri), { selection }] };
  return item;
}

function themeIcon({ id, color }: IconSpec): vscode.ThemeIcon {
  return new vscode.ThemeIcon(id, new vscode.ThemeColor(color));
}
