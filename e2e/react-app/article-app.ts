// A small React article that the fixture server renders to HTML and the browser then hydrates:
// DealLens must not disturb hydration (it never touches the page's nodes).
import { createElement, useState } from 'react';

export function ArticleApp() {
  const [likes, setLikes] = useState(0);
  return createElement(
    'article',
    null,
    createElement('h1', null, 'Alibaba and Tencent back Zhipu'),
    createElement('p', null, 'Alibaba Group Holding Ltd. and Tencent put 2.5 billion yuan into ', createElement('b', null, 'Zhipu'), ' this year.'),
    createElement('p', null, 'Baichuan raised $300 million earlier.'),
    createElement('button', { id: 'like', type: 'button', onClick: () => setLikes((n) => n + 1) }, `Likes: ${likes}`),
  );
}
