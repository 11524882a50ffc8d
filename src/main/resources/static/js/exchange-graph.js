// Draws the reciprocity graph (who passed knowledge on to whom) with Cytoscape. The data
// come from the address in data-graph-url (JSON, under the page's own access rules); the
// same information is in the table below it, for screen readers and for browsers without
// JavaScript.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var container = document.getElementById('reciprocity-graph');
    if (!container || typeof window.cytoscape !== 'function') {
      return;
    }
    // Cytoscape adds a <style> element unless one with this id exists; our CSP forbids
    // inline styles, and exchange-pages.css already holds its one rule.
    if (!document.getElementById('__________cytoscape_stylesheet')) {
      var marker = document.createElement('meta');
      marker.id = '__________cytoscape_stylesheet';
      document.head.appendChild(marker);
    }
    fetch(container.getAttribute('data-graph-url'), { headers: { 'Accept': 'application/json' },
      credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      })
      .then(function (data) { draw(container, data); })
      .catch(function () { container.hidden = true; });
  });

  function draw(container, data) {
    var elements = [];
    data.nodes.forEach(function (node) {
      var kind = node.gave && node.received ? 'both' : (node.gave ? 'gave' : 'received');
      elements.push({ data: { id: node.id, label: node.label }, classes: kind + (node.you ? ' you' : '') });
    });
    data.edges.forEach(function (edge, index) {
      elements.push({ data: { id: 'e' + index, source: edge.source, target: edge.target, weight: edge.weight } });
    });
    var large = data.nodes.length > 150;
    window.cytoscape({
      container: container,
      elements: elements,
      autoungrabify: false,
      boxSelectionEnabled: false,
      style: [
        { selector: 'node', style: { 'label': large ? '' : 'data(label)', 'font-size': 11, 'text-valign': 'bottom',
          'text-margin-y': 3, 'width': 14, 'height': 14, 'background-color': '#5b6b7a', 'color': '#1d2733' } },
        { selector: 'node.both', style: { 'background-color': '#1f6f5c' } },
        { selector: 'node.gave', style: { 'background-color': '#2f5f9e' } },
        { selector: 'node.received', style: { 'background-color': '#9a5b13' } },
        { selector: 'node.you', style: { 'border-width': 3, 'border-color': '#111', 'label': 'data(label)' } },
        { selector: 'edge', style: { 'width': 'mapData(weight, 1, 5, 1, 4)', 'line-color': '#9aa7b4',
          'target-arrow-color': '#9aa7b4', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier' } }
      ],
      layout: large ? { name: 'concentric', animate: false, minNodeSpacing: 4,
        concentric: function (node) { return node.degree(); }, levelWidth: function () { return 3; } }
        : { name: 'cose', animate: false, randomize: false, nodeRepulsion: 8000, idealEdgeLength: 60 }
    });
  }
})();
