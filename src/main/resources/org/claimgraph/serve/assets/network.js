// The actor–event–place network on the landing page. Data: one SPARQL query against this
// server's endpoint; drawing: vis-network (standalone build, served from the jar).
(function () {
  'use strict';
  var container = document.getElementById('network');
  var status = document.getElementById('network-status');
  if (!container || !status) {
    return;
  }
  var endpoint = container.getAttribute('data-sparql');
  var root = container.getAttribute('data-root') || '/';
  var ID = 'https://claimgraph.org/id/';

  var query = [
    'PREFIX cg: <https://claimgraph.org/ontology#>',
    'PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>',
    'PREFIX skos: <http://www.w3.org/2004/02/skos/core#>',
    'SELECT ?from ?fromLabel ?fromKind ?to ?toLabel ?toKind ?rel (COUNT(*) AS ?n) WHERE {',
    '  { ?st a cg:Statement ; cg:speaker ?from ; cg:about ?to . BIND ("spoke about" AS ?rel) }',
    '  UNION { ?to a cg:Event ; cg:participant ?from . BIND ("took part in" AS ?rel) }',
    '  UNION { ?from a cg:Event ; cg:eventPlace ?to . BIND ("happened in" AS ?rel) }',
    '  OPTIONAL { ?from rdfs:label ?fl } OPTIONAL { ?from cg:eventType/skos:prefLabel ?fe }',
    '  OPTIONAL { ?to rdfs:label ?tl } OPTIONAL { ?to cg:eventType/skos:prefLabel ?te }',
    '  BIND (STR(COALESCE(?fl, ?fe, "")) AS ?fromLabel)',
    '  BIND (STR(COALESCE(?tl, ?te, "")) AS ?toLabel)',
    '  BIND (IF(EXISTS { ?from a cg:Event }, "event", IF(EXISTS { ?from a cg:Country }, "country",',
    '        IF(EXISTS { ?from a cg:Place }, "place", "actor"))) AS ?fromKind)',
    '  BIND (IF(EXISTS { ?to a cg:Event }, "event", IF(EXISTS { ?to a cg:Country }, "country",',
    '        IF(EXISTS { ?to a cg:Place }, "place", "actor"))) AS ?toKind)',
    '}',
    'GROUP BY ?from ?fromLabel ?fromKind ?to ?toLabel ?toKind ?rel',
    'LIMIT 3000'
  ].join('\n');

  var GROUPS = {
    actor: { shape: 'dot', color: { background: '#4e79a7', border: '#2f4b68' } },
    country: { shape: 'diamond', color: { background: '#b07aa1', border: '#6d4764' } },
    place: { shape: 'square', color: { background: '#59a14f', border: '#386532' } },
    event: { shape: 'triangle', color: { background: '#f28e2b', border: '#a65d17' } }
  };

  function shortName(iri) {
    return iri.indexOf(ID) === 0 ? iri.substring(ID.length) : iri;
  }

  function draw(json) {
    var nodes = {};
    var edges = {};
    json.results.bindings.forEach(function (b) {
      [['from', b.from, b.fromLabel, b.fromKind], ['to', b.to, b.toLabel, b.toKind]].forEach(function (e) {
        var iri = e[1].value;
        if (!nodes[iri]) {
          var label = e[2] && e[2].value ? e[2].value : shortName(iri);
          nodes[iri] = { id: iri, label: label, group: e[3].value, title: label + ' (' + e[3].value + ')' };
        }
      });
      if (b.from.value === b.to.value) {
        return;
      }
      var key = b.from.value + '|' + b.to.value + '|' + b.rel.value;
      var n = parseInt(b.n.value, 10);
      if (edges[key]) {
        edges[key].value += n;
      } else {
        edges[key] = { id: key, from: b.from.value, to: b.to.value, value: n, arrows: 'to',
          title: b.rel.value + (n > 1 ? ' (' + n + ' times)' : '') };
      }
    });
    var nodeList = Object.keys(nodes).map(function (k) { return nodes[k]; });
    var edgeList = Object.keys(edges).map(function (k) { return edges[k]; });
    if (nodeList.length === 0) {
      status.textContent = 'No actors, events or places linked yet.';
      window.claimgraphNetwork = { nodes: 0, edges: 0 };
      return;
    }
    var network = new vis.Network(container, {
      nodes: new vis.DataSet(nodeList),
      edges: new vis.DataSet(edgeList)
    }, {
      groups: GROUPS,
      nodes: { size: 12, font: { size: 13 } },
      edges: { color: { color: '#999', highlight: '#333' }, scaling: { min: 1, max: 6 },
        smooth: { type: 'continuous' } },
      physics: { stabilization: { iterations: 200 }, barnesHut: { springLength: 120 } },
      interaction: { hover: true, tooltipDelay: 150 }
    });
    network.on('doubleClick', function (params) {
      if (params.nodes.length === 1 && params.nodes[0].indexOf(ID) === 0) {
        window.location.href = root + 'id/' + shortName(params.nodes[0]);
      }
    });
    window.claimgraphNetwork = { nodes: nodeList.length, edges: edgeList.length, network: network };
    container.setAttribute('data-nodes', String(nodeList.length));
    container.setAttribute('data-edges', String(edgeList.length));
    status.textContent = nodeList.length + ' actors, events and places; ' + edgeList.length + ' links. '
      + 'Blue: people and organisations, purple: countries, green: places, orange: events.';
  }

  fetch(endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Accept': 'application/sparql-results+json' },
    body: 'query=' + encodeURIComponent(query)
  }).then(function (r) {
    if (!r.ok) {
      throw new Error('HTTP ' + r.status + ' from ' + endpoint);
    }
    return r.json();
  }).then(draw).catch(function (e) {
    status.textContent = 'Could not load the network: ' + e.message;
    status.className = 'error';
    window.claimgraphNetwork = { error: e.message };
  });
}());
