// SPDX-License-Identifier: GPL-3.0-or-later
//
// The student's page of DiploStudy's class live: join the room, answer the
// projected question, see whether it was right, see the summary. Served by
// the lecturer's laptop; no framework, nothing from elsewhere.
//
// Every text from the room (questions, options, nicknames) is put on the
// page with textContent, never as HTML. The seat token is kept in the
// browser's storage so that a reload or a lost connection gets the same
// seat back; the page reconnects by itself.
'use strict';

(function () {
  const TEXTS = {
    en: {
      title: 'Class live',
      roomLabel: 'Room code',
      roomHint: 'The four characters on the screen.',
      nicknameLabel: 'Your nickname',
      nicknameHint: 'Shown to the class. Up to 24 characters.',
      join: 'Join',
      joining: 'Joining…',
      waiting: 'Waiting for the lecturer’s first question…',
      joinedAs: 'You are {name}',
      questionOf: 'Question {n} of {total}',
      questionN: 'Question {n}',
      secondsLeft: '{s} s left',
      timeUp: 'Time is up',
      received: 'Answer received: {letter}. Wait for the result.',
      closed: 'Answers are closed. Wait for the result.',
      closedNoAnswer: 'Answers are closed. You did not answer this one.',
      right: 'Right! The answer is {letter}.',
      wrong: 'Not this time: the answer is {letter}.',
      answerIs: 'The answer is {letter}.',
      rightMark: 'right answer',
      yourAnswer: 'your answer',
      percentOf: '{p}% of the class',
      summaryTitle: 'The end',
      yourScore: 'You answered {n} of {total} questions right.',
      perQuestion: 'Question {n}: {p}% right',
      topTitle: 'Top five',
      topEntry: '{name}: {n} right',
      leave: 'Leave the room',
      rejoin: 'Join again',
      byeStopped: 'The lecturer has ended the class live. Thank you!',
      byeLeft: 'You have left the room.',
      byeReplaced: 'Your seat is now open in another tab or on another device.',
      connecting: 'Connecting…',
      reconnecting: 'Connection lost. Reconnecting…',
      offline: 'Cannot reach the lecturer’s laptop. Check that you are on the classroom’s Wi-Fi.',
      'wrong-room': 'There is no room with that code. Check the code on the screen.',
      'nickname-invalid': 'Choose a nickname of 1 to 24 characters.',
      'nickname-taken': 'Someone has that nickname already. Choose another.',
      'room-full': 'The room is full.',
      'closed-error': 'Too late: answers to this question are closed.',
      'room-missing': 'Type the room code shown on the screen.',
      'nickname-missing': 'Type a nickname.',
      error: 'Something went wrong. Try again.'
    },
    id: {
      title: 'Kelas langsung',
      roomLabel: 'Kode ruang',
      roomHint: 'Empat karakter yang tampil di layar.',
      nicknameLabel: 'Nama panggilanmu',
      nicknameHint: 'Terlihat oleh seisi kelas. Paling banyak 24 karakter.',
      join: 'Gabung',
      joining: 'Bergabung…',
      waiting: 'Menunggu pertanyaan pertama dari dosen…',
      joinedAs: 'Kamu bergabung sebagai {name}',
      questionOf: 'Pertanyaan {n} dari {total}',
      questionN: 'Pertanyaan {n}',
      secondsLeft: 'Sisa {s} detik',
      timeUp: 'Waktu habis',
      received: 'Jawaban diterima: {letter}. Tunggu hasilnya.',
      closed: 'Waktu menjawab sudah habis. Tunggu hasilnya.',
      closedNoAnswer: 'Waktu menjawab sudah habis. Kamu tidak menjawab pertanyaan ini.',
      right: 'Benar! Jawabannya {letter}.',
      wrong: 'Belum tepat: jawabannya {letter}.',
      answerIs: 'Jawabannya {letter}.',
      rightMark: 'jawaban benar',
      yourAnswer: 'jawabanmu',
      percentOf: '{p}% kelas',
      summaryTitle: 'Selesai',
      yourScore: 'Kamu menjawab benar {n} dari {total} pertanyaan.',
      perQuestion: 'Pertanyaan {n}: {p}% benar',
      topTitle: 'Lima teratas',
      topEntry: '{name}: {n} benar',
      leave: 'Keluar dari ruang',
      rejoin: 'Gabung lagi',
      byeStopped: 'Dosen telah mengakhiri kelas langsung. Terima kasih!',
      byeLeft: 'Kamu telah keluar dari ruang.',
      byeReplaced: 'Kursimu kini terbuka di tab atau perangkat lain.',
      connecting: 'Menyambung…',
      reconnecting: 'Koneksi terputus. Menyambung kembali…',
      offline: 'Laptop dosen tidak terjangkau. Pastikan kamu memakai Wi-Fi kelas.',
      'wrong-room': 'Tidak ada ruang dengan kode itu. Periksa kode di layar.',
      'nickname-invalid': 'Pilih nama panggilan 1 sampai 24 karakter.',
      'nickname-taken': 'Nama panggilan itu sudah dipakai. Pilih yang lain.',
      'room-full': 'Ruang sudah penuh.',
      'closed-error': 'Terlambat: waktu menjawab pertanyaan ini sudah habis.',
      'room-missing': 'Ketik kode ruang yang tampil di layar.',
      'nickname-missing': 'Ketik nama panggilan.',
      error: 'Terjadi kesalahan. Coba lagi.'
    }
  };

  const LETTERS = ['A', 'B', 'C', 'D'];
  const ROOM_PATTERN = /^[A-Z0-9]{4}$/;
  const STORAGE_PREFIX = 'diplostudy-live:';
  const RECONNECT_MAX_MS = 8000;

  const lang = pickLanguage();
  const texts = TEXTS[lang];
  const $ = (id) => document.getElementById(id);

  const state = {
    socket: null,
    room: '',
    nickname: '',
    token: '',
    seat: 0,
    question: -1,
    nQuestions: 0,
    options: [],
    chosen: -1,
    pending: null,        // an answer not yet acknowledged: {question, option}
    deadline: 0,
    countdownTimer: 0,
    retryMs: 1000,
    retryTimer: 0,
    ended: false,         // bye received or left: no reconnecting
    joining: false
  };

  // Language: Indonesian when the browser prefers it, English otherwise.
  function pickLanguage () {
    const wanted = (navigator.languages && navigator.languages.length)
      ? navigator.languages : [navigator.language || 'en'];
    for (const tag of wanted) {
      const base = String(tag).toLowerCase().split('-')[0];
      if (base === 'id' || base === 'in' || base === 'ms') return 'id';
      if (base === 'en') return 'en';
    }
    return 'en';
  }

  function t (key, values) {
    let text = texts[key] || TEXTS.en[key] || texts.error;
    for (const name in values || {}) {
      text = text.split('{' + name + '}').join(String(values[name]));
    }
    return text;
  }

  function setText (id, text) {
    $(id).textContent = text;
  }

  function translatePage () {
    document.documentElement.lang = lang;
    document.title = 'DiploStudy — ' + t('title');
    for (const element of document.querySelectorAll('[data-text]')) {
      element.textContent = t(element.dataset.text);
    }
  }

  function show (view) {
    for (const id of ['join-view', 'wait-view', 'question-view', 'summary-view', 'bye-view']) {
      $(id).hidden = id !== view;
    }
    $('leave-button').hidden = state.seat === 0 || view === 'bye-view' || view === 'join-view';
    // The waiting view says who you are already.
    $('seat-footer').hidden = state.seat === 0 || view !== 'question-view' && view !== 'summary-view';
  }

  // Storage: the seat token per room. Private browsing may refuse storage;
  // the page then works, and only a reload loses the seat.
  function storage () {
    try {
      window.localStorage.setItem(STORAGE_PREFIX + 'probe', '1');
      window.localStorage.removeItem(STORAGE_PREFIX + 'probe');
      return window.localStorage;
    } catch (e) {
      try { return window.sessionStorage; } catch (e2) { return null; }
    }
  }

  function loadSeat (room) {
    const store = storage();
    if (!store || !room) return null;
    try {
      const seat = JSON.parse(store.getItem(STORAGE_PREFIX + room) || 'null');
      if (seat && typeof seat.token === 'string' && typeof seat.nickname === 'string') return seat;
    } catch (e) { /* a damaged entry is as good as none */ }
    return null;
  }

  function saveSeat () {
    const store = storage();
    if (!store) return;
    try {
      store.setItem(STORAGE_PREFIX + state.room,
        JSON.stringify({ token: state.token, nickname: state.nickname }));
    } catch (e) { /* full or refused: keep going without */ }
  }

  function forgetSeat () {
    const store = storage();
    state.token = '';
    state.seat = 0;
    if (store) {
      try { store.removeItem(STORAGE_PREFIX + state.room); } catch (e) { /* nothing kept */ }
    }
  }

  // Connection

  function send (message) {
    if (!state.socket || state.socket.readyState !== WebSocket.OPEN) return false;
    message.room = state.room;
    state.socket.send(JSON.stringify(message));
    return true;
  }

  function connect () {
    window.clearTimeout(state.retryTimer);
    if (state.socket) return;
    setText('connection', t('connecting'));
    const scheme = window.location.protocol === 'https:' ? 'wss://' : 'ws://';
    const socket = new WebSocket(scheme + window.location.host + '/ws');
    state.socket = socket;
    socket.addEventListener('open', () => {
      state.retryMs = 1000;
      setText('connection', '');
      sendJoin();
    });
    socket.addEventListener('message', (event) => receive(event.data));
    socket.addEventListener('close', () => {
      if (state.socket === socket) lost();
    });
  }

  function sendJoin () {
    const join = { type: 'join', nickname: state.nickname };
    if (state.token) join.token = state.token;
    send(join);
  }

  function lost () {
    state.socket = null;
    if (state.ended) return;
    if (!state.token) {
      // Never joined: back to the form, which says what happened.
      state.joining = false;
      $('join-button').disabled = false;
      setText('connection', '');
      showJoinError(t('offline'));
      show('join-view');
      return;
    }
    setText('connection', t('reconnecting'));
    state.retryTimer = window.setTimeout(connect, state.retryMs);
    state.retryMs = Math.min(state.retryMs * 2, RECONNECT_MAX_MS);
  }

  function receive (data) {
    let message;
    try { message = JSON.parse(data); } catch (e) { return; }
    if (!message || typeof message.type !== 'string') return;
    const handler = handlers[message.type];
    if (handler) handler(message);
  }

  // Joining

  function showJoinError (text) {
    setText('join-error', text);
  }

  function cleanRoom (text) {
    return String(text || '').toUpperCase().replace(/[^A-Z0-9]/g, '').slice(0, 4);
  }

  function submitJoin (event) {
    event.preventDefault();
    const room = cleanRoom($('room').value);
    const nickname = $('nickname').value.trim();
    if (!ROOM_PATTERN.test(room)) {
      showJoinError(t('room-missing'));
      $('room').focus();
      return;
    }
    if (!nickname) {
      showJoinError(t('nickname-missing'));
      $('nickname').focus();
      return;
    }
    if (state.joining) return;
    state.joining = true;
    state.ended = false;
    state.room = room;
    state.nickname = nickname;
    state.token = '';
    showJoinError('');
    $('join-button').disabled = true;
    setText('join-button', t('joining'));
    if (state.socket && state.socket.readyState === WebSocket.OPEN) sendJoin(); else connect();
  }

  function onJoined (message) {
    state.joining = false;
    state.token = message.token;
    state.seat = message.seat;
    state.nickname = message.nickname;
    saveSeat();
    $('join-button').disabled = false;
    setText('join-button', t('join'));
    setText('seat-name', t('joinedAs', { name: message.nickname }));
    setText('seat-footer', t('joinedAs', { name: message.nickname }));
    if (state.question < 0) show('wait-view');
    else if (!$('question-view').hidden) show('question-view');
    if (state.pending) send({ type: 'answer', question: state.pending.question, option: state.pending.option });
  }

  function onError (message) {
    const code = String(message.code || 'error');
    if (state.seat === 0 || state.joining) {
      state.joining = false;
      $('join-button').disabled = false;
      setText('join-button', t('join'));
      if (code === 'unknown-seat') forgetSeat();
      showJoinError(t(code === 'closed' ? 'closed-error' : code));
      show('join-view');
      $(code === 'wrong-room' ? 'room' : 'nickname').focus();
      return;
    }
    if (code === 'closed') {
      state.pending = null;
      setText('answer-status', t('closed-error'));
      lockOptions();
    } else {
      setText('answer-status', t(code));
    }
  }

  // Questions

  function optionButton (index, text) {
    const button = document.createElement('button');
    const letter = document.createElement('span');
    const label = document.createElement('span');
    const extra = document.createElement('span');
    button.type = 'button';
    button.className = 'option';
    button.dataset.option = String(index);
    letter.className = 'letter';
    letter.setAttribute('aria-hidden', 'true');
    letter.textContent = LETTERS[index];
    label.className = 'text';
    label.textContent = text;
    extra.className = 'extra';
    button.append(letter, label, extra);
    button.setAttribute('aria-label', LETTERS[index] + ': ' + text);
    button.addEventListener('click', () => choose(index));
    return button;
  }

  function onQuestion (message) {
    const options = Array.isArray(message.options) ? message.options.slice(0, 4) : [];
    const isNew = message.question !== state.question;
    state.question = message.question;
    state.nQuestions = message.n_questions || 0;
    state.options = options;
    if (isNew) {
      state.chosen = -1;
      state.pending = null;
    }
    setText('question-number', state.nQuestions > 0
      ? t('questionOf', { n: message.question + 1, total: state.nQuestions })
      : t('questionN', { n: message.question + 1 }));
    setText('question-text', String(message.text || ''));
    const box = $('options');
    box.replaceChildren(...options.map((text, i) => optionButton(i, String(text))));
    setText('answer-status', '');
    $('answer-status').className = 'answer-status';
    startCountdown(typeof message.remaining_ms === 'number' ? message.remaining_ms : -1);
    show('question-view');
    if (isNew) $('question-text').focus();
  }

  function choose (option) {
    if (state.chosen >= 0 || state.pending) return;
    state.pending = { question: state.question, option: option };
    markChosen(option);
    if (!send({ type: 'answer', question: state.question, option: option })) {
      setText('answer-status', t('reconnecting'));
    }
  }

  function markChosen (option) {
    for (const button of $('options').children) {
      const mine = Number(button.dataset.option) === option;
      button.classList.toggle('chosen', mine);
      button.setAttribute('aria-pressed', mine ? 'true' : 'false');
    }
    lockOptions();
  }

  function lockOptions () {
    for (const button of $('options').children) button.disabled = true;
  }

  function onReceived (message) {
    if (message.question !== state.question) return;
    state.pending = null;
    state.chosen = message.option;
    markChosen(message.option);
    setText('answer-status', t('received', { letter: LETTERS[message.option] }));
  }

  function onClosed (message) {
    if (message.question !== state.question) return;
    stopCountdown(t('timeUp'));
    lockOptions();
    state.pending = null;
    setText('answer-status', state.chosen >= 0 ? t('closed') : t('closedNoAnswer'));
  }

  function onReveal (message) {
    if (message.question !== state.question) return;
    stopCountdown('');
    lockOptions();
    const right = message.right;
    const mine = typeof message.option === 'number' ? message.option : -1;
    state.chosen = mine;
    for (const button of $('options').children) {
      const index = Number(button.dataset.option);
      const marks = [];
      if (index === right) marks.push('✓ ' + t('rightMark'));
      if (index === mine && mine !== right) marks.push('✗ ' + t('yourAnswer'));
      else if (index === mine) marks.push(t('yourAnswer'));
      const percent = Array.isArray(message.percent) ? message.percent[index] : undefined;
      if (typeof percent === 'number') marks.push(t('percentOf', { p: percent }));
      button.classList.toggle('right', index === right);
      button.classList.toggle('wrong', index === mine && mine !== right);
      button.querySelector('.extra').textContent = marks.join(' · ');
    }
    const letter = LETTERS[right];
    setText('answer-status', mine < 0 ? t('answerIs', { letter: letter })
      : t(mine === right ? 'right' : 'wrong', { letter: letter }));
    $('answer-status').className = 'answer-status' +
      (mine < 0 ? '' : mine === right ? ' is-right' : ' is-wrong');
    show('question-view');
  }

  // Countdown: the room says how long is left; the phone counts it down.
  function startCountdown (remainingMs) {
    stopCountdown('');
    if (remainingMs < 0) return;
    state.deadline = Date.now() + remainingMs;
    const tick = () => {
      const left = Math.max(0, Math.ceil((state.deadline - Date.now()) / 1000));
      setText('countdown', left > 0 ? t('secondsLeft', { s: left }) : t('timeUp'));
      if (left === 0) window.clearInterval(state.countdownTimer);
    };
    tick();
    state.countdownTimer = window.setInterval(tick, 250);
  }

  function stopCountdown (text) {
    window.clearInterval(state.countdownTimer);
    setText('countdown', text);
  }

  // Summary and goodbye

  function onSummary (message) {
    stopCountdown('');
    const percents = Array.isArray(message.percent_correct) ? message.percent_correct : [];
    setText('your-score', t('yourScore', { n: message.n_correct, total: percents.length }));
    $('per-question').replaceChildren(...percents.map((p, i) => {
      const item = document.createElement('li');
      item.textContent = t('perQuestion', { n: i + 1, p: p });
      return item;
    }));
    const top = Array.isArray(message.top) ? message.top : [];
    $('top-title').hidden = top.length === 0;
    $('top-list').replaceChildren(...top.map((entry) => {
      const item = document.createElement('li');
      item.textContent = t('topEntry', { name: String(entry.nickname), n: entry.correct });
      return item;
    }));
    show('summary-view');
    $('summary-title').focus();
  }

  function onBye (message) {
    const code = String(message.code || '');
    state.ended = true;
    stopCountdown('');
    if (code === 'left') forgetSeat();
    setText('bye-text', t(code === 'replaced' ? 'byeReplaced' : code === 'left' ? 'byeLeft' : 'byeStopped'));
    setText('connection', '');
    show('bye-view');
    $('bye-text').focus();
  }

  function leave () {
    state.ended = true;
    if (!send({ type: 'leave' })) {
      forgetSeat();
      onBye({ code: 'left' });
    }
  }

  function rejoin () {
    state.ended = false;
    state.question = -1;
    if (state.socket) state.socket.close();
    state.socket = null;
    const seat = loadSeat(state.room);
    if (seat) {
      state.token = seat.token;
      connect();
      return;
    }
    state.seat = 0;
    $('room').value = state.room;
    $('nickname').value = state.nickname;
    show('join-view');
    $('nickname').focus();
  }

  const handlers = {
    joined: onJoined,
    question: onQuestion,
    received: onReceived,
    closed: onClosed,
    reveal: onReveal,
    summary: onSummary,
    error: onError,
    bye: onBye
  };

  // Start: the room code from the QR code's link; a seat kept from before
  // is taken again without asking.
  function start () {
    translatePage();
    const params = new URLSearchParams(window.location.search);
    const room = cleanRoom(params.get('room') || params.get('ROOM'));
    $('room').value = room;
    $('join-form').addEventListener('submit', submitJoin);
    $('room').addEventListener('input', () => { $('room').value = cleanRoom($('room').value); });
    $('leave-button').addEventListener('click', leave);
    $('rejoin-button').addEventListener('click', rejoin);
    const seat = loadSeat(room);
    if (seat) {
      state.room = room;
      state.token = seat.token;
      state.nickname = seat.nickname;
      $('nickname').value = seat.nickname;
      show('wait-view');
      connect();
      return;
    }
    show('join-view');
    $(room ? 'nickname' : 'room').focus();
  }

  start();
})();
