// The requirement-tree builder of the micro-degree form: the tree is built by clicking (groups of
// "all of", "at least N of", "at least N CP from", "quota per institution"; micro-credentials and
// nested programmes found by name) and written into the form's requirements field as JSON, which is
// YAML too: the field stays the advanced view, and the form's live check reads it on every change.
(function () {
  'use strict';
  var root = document.getElementById('tree-builder');
  var field = document.getElementById('f-requirements');
  if (!root || !field) { return; }
  var L = root.dataset;
  var known = {};   // id -> {title, cp}: what the builder can say about a unit
  var tree;
  var seq = 0;

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined) { e.textContent = text; }
    return e;
  }

  function kindOf(node) {
    if ('allOf' in node) { return 'allOf'; }
    if ('atLeast' in node) { return 'atLeast'; }
    if ('minCredits' in node) { return 'minCredits'; }
    if ('quota' in node) { return 'quota'; }
    return null;
  }

  function childrenOf(node) {
    var k = kindOf(node);
    return k === 'allOf' ? node.allOf : k === 'atLeast' ? node.of : k ? node.from : null;
  }

  function unitId(node) { return node.microCredential || node.microDegree || node.module; }

  // a group changed into another kind keeps its children
  function regroup(node, kind) {
    var children = childrenOf(node) || [];
    ['allOf', 'atLeast', 'of', 'minCredits', 'from', 'quota'].forEach(function (k) { delete node[k]; });
    if (kind === 'allOf') { node.allOf = children; }
    if (kind === 'atLeast') { node.atLeast = Math.max(1, Math.min(children.length, 1)); node.of = children; }
    if (kind === 'minCredits') { node.minCredits = 5; node.from = children; }
    if (kind === 'quota') { node.quota = [{institution: '', count: 1}]; node.from = children; }
  }

  function write() {
    field.value = JSON.stringify(tree, null, 2);
    field.dispatchEvent(new Event('input', {bubbles: true}));
    render();
  }

  function total(node) {
    var id = unitId(node);
    if (id) { return known[id] && known[id].cp ? Number(known[id].cp) : 0; }
    return (childrenOf(node) || []).reduce(function (s, c) { return s + total(c); }, 0);
  }

  function button(text, label, onclick) {
    var b = el('button', {type: 'button', 'aria-label': label}, text);
    b.addEventListener('click', onclick);
    return b;
  }

  function finder(parent, kind) {
    var id = 'tree-find-' + (++seq);
    var box = el('div', {'class': 'tree-find'});
    var label = el('label', {'for': id}, kind === 'micro-credential' ? L.lAddMc : L.lAddMd);
    var input = el('input', {type: 'search', id: id, autocomplete: 'off', 'aria-controls': id + '-results'});
    var list = el('ul', {id: id + '-results', 'class': 'suggestions', 'aria-live': 'polite'});
    var timer;
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        if (input.value.trim().length < 2) { list.textContent = ''; return; }
        fetch(L.search + '?size=8&kind=' + kind + '&q=' + encodeURIComponent(input.value.trim()))
          .then(function (r) { return r.json(); })
          .then(function (answer) {
            list.textContent = '';
            (answer.items || []).forEach(function (h) {
              known[h.id] = {title: h.titleEn, cp: h.creditPoints};
              var li = el('li');
              li.appendChild(el('span', {}, h.titleEn + ' (' + h.id + ', ' + h.creditPoints + ' ECTS, EQF ' + h.eqfLevel + ', '
                + (h.institutions || []).join(', ') + ') '));
              li.appendChild(button(L.lAdd, L.lAdd + ' ' + h.titleEn, function () {
                var unit = {};
                unit[kind === 'micro-credential' ? 'microCredential' : 'microDegree'] = h.id;
                parent.push(unit);
                write();
                var again = document.getElementById(id);
                if (again) { again.focus(); }
              }));
              list.appendChild(li);
            });
            if (!answer.items || answer.items.length === 0) { list.appendChild(el('li', {}, L.lNone)); }
          });
      }, 250);
    });
    box.appendChild(label);
    box.appendChild(input);
    box.appendChild(list);
    return box;
  }

  function number(value, label, onchange) {
    var id = 'tree-n-' + (++seq);
    var span = el('span', {'class': 'tree-number'});
    span.appendChild(el('label', {'for': id}, label));
    var input = el('input', {type: 'number', id: id, min: '1', step: 'any', value: String(value)});
    input.addEventListener('change', function () { onchange(input.value); });
    span.appendChild(input);
    return span;
  }

  function group(node, parentList, depth) {
    var box = el('div', {'class': 'tree-group', role: 'group', 'aria-label': L['l' + kindOf(node).charAt(0).toUpperCase() + kindOf(node).slice(1)]});
    var head = el('div', {'class': 'tree-head'});
    var sid = 'tree-kind-' + (++seq);
    head.appendChild(el('label', {'for': sid}, L.lRule));
    var select = el('select', {id: sid});
    [['allOf', L.lAllOf], ['atLeast', L.lAtLeast], ['minCredits', L.lMinCredits], ['quota', L.lQuota]].forEach(function (o) {
      var opt = el('option', {value: o[0]}, o[1]);
      if (o[0] === kindOf(node)) { opt.selected = true; }
      select.appendChild(opt);
    });
    select.addEventListener('change', function () { regroup(node, select.value); write(); });
    head.appendChild(select);
    if ('atLeast' in node) {
      head.appendChild(number(node.atLeast, L.lCount, function (v) { node.atLeast = parseInt(v, 10) || 1; write(); }));
    }
    if ('minCredits' in node) {
      head.appendChild(number(node.minCredits, L.lCredits, function (v) { node.minCredits = Number(v) || 1; write(); }));
    }
    if (parentList) {
      head.appendChild(button(L.lRemove, L.lRemoveGroup, function () { parentList.splice(parentList.indexOf(node), 1); write(); }));
    }
    box.appendChild(head);
    if ('quota' in node) {
      var shares = el('ul', {'class': 'tree-shares'});
      node.quota.forEach(function (share, i) {
        var li = el('li');
        var iid = 'tree-inst-' + (++seq);
        li.appendChild(el('label', {'for': iid}, L.lInstitution));
        var inst = el('select', {id: iid});
        inst.appendChild(el('option', {value: ''}, L.lChoose));
        (L.institutions || '').split(',').filter(Boolean).forEach(function (code) {
          var opt = el('option', {value: code}, code);
          if (code === share.institution) { opt.selected = true; }
          inst.appendChild(opt);
        });
        inst.addEventListener('change', function () { share.institution = inst.value; write(); });
        li.appendChild(inst);
        li.appendChild(number(share.count, L.lCount, function (v) { share.count = parseInt(v, 10) || 1; write(); }));
        li.appendChild(button(L.lRemove, L.lRemoveShare, function () { node.quota.splice(i, 1); write(); }));
        shares.appendChild(li);
      });
      box.appendChild(shares);
      box.appendChild(button(L.lAddShare, L.lAddShare, function () { node.quota.push({institution: '', count: 1}); write(); }));
    }
    var list = el('ul', {'class': 'tree-children'});
    var children = childrenOf(node);
    children.forEach(function (child) {
      var li = el('li');
      var id = unitId(child);
      if (id) {
        var k = known[id];
        li.appendChild(el('span', {'class': 'tree-unit'}, (k ? k.title + ' (' + id + ', ' + k.cp + ' ECTS)' : id)));
        li.appendChild(button(L.lRemove, L.lRemove + ' ' + (k ? k.title : id), function () { children.splice(children.indexOf(child), 1); write(); }));
      } else if (kindOf(child)) {
        li.appendChild(group(child, children, depth + 1));
      }
      list.appendChild(li);
    });
    box.appendChild(list);
    var adds = el('div', {'class': 'tree-add'});
    adds.appendChild(finder(children, 'micro-credential'));
    adds.appendChild(finder(children, 'micro-degree'));
    adds.appendChild(button(L.lAddGroup, L.lAddGroup, function () { children.push({atLeast: 1, of: []}); write(); }));
    box.appendChild(adds);
    return box;
  }

  function render() {
    var focused = document.activeElement && root.contains(document.activeElement) ? document.activeElement.id : null;
    root.textContent = '';
    var sum = el('p', {id: 'tree-total', 'class': 'tree-total', 'aria-live': 'polite'}, L.lTotal.replace('{0}', String(total(tree))));
    root.appendChild(sum);
    root.appendChild(group(tree, null, 0));
    if (focused && document.getElementById(focused)) { document.getElementById(focused).focus(); }
  }

  // what the builder knows of the units already in the tree: their titles and credit points
  function learn(node) {
    var id = unitId(node);
    if (id && !known[id]) {
      var collection = node.microDegree ? 'micro-degrees' : node.module ? 'modules' : 'micro-credentials';
      return fetch(L.api + collection + '/' + encodeURIComponent(id)).then(function (r) { return r.ok ? r.json() : null; }).then(function (item) {
        if (item) { known[id] = {title: item.title && item.title.en || id, cp: item.creditPoints}; }
      }).catch(function () {});
    }
    return Promise.all((childrenOf(node) || []).map(learn));
  }

  function load() {
    var parsed = null;
    try { parsed = JSON.parse(field.value); } catch (e) { parsed = null; }
    if (parsed === null && field.value.trim() === '') { parsed = {allOf: []}; }
    if (parsed === null) { parsed = root.dataset.tree ? JSON.parse(root.dataset.tree) : null; }
    if (!parsed || !kindOf(parsed)) {
      root.textContent = '';
      root.appendChild(el('p', {'class': 'help'}, L.lYaml));
      return;
    }
    tree = parsed;
    render();
    learn(tree).then(render);
  }

  // the advanced view edited by hand: the builder follows when the text is a tree it can show
  field.addEventListener('change', load);
  load();
}());
