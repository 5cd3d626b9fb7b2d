/**
 * Files people open by mistake, named for what they are. A Topology Builder export is the file an architect
 * is most likely to try first; "not valid JSON: Unexpected token '<'" told them nothing.
 * The root elements are those of Topology Builder's saved file and of a published topology
 * (`Get-CsTopology -AsXml`), per ../shared/design/topology-xml.md.
 */
export function describeForeignFile(text: string): string | undefined {
  const start = text.trimStart();
  if (!start.startsWith('<')) return undefined;
  const root = /<(?!\?|!)([A-Za-z_][\w.:-]*)/.exec(start)?.[1]?.replace(/^\w+:/, '');
  if (root === 'TopologyBuilder') {
    return 'This is a Topology Builder file (.tbxml), not a lyncplan design. Importing Topology Builder topologies is on its way; until then, draw the topology in lyncplan or open a .lyncplan file.';
  }
  if (root === 'Topology') {
    return 'This is a published Lync topology (the XML of Get-CsTopology -AsXml), not a lyncplan design. Importing topologies is on its way; until then, draw the topology in lyncplan or open a .lyncplan file.';
  }
  return `This is an XML file${root ? ` (its root element is <${root}>)` : ''}, not a lyncplan design: a .lyncplan file is JSON.`;
}
