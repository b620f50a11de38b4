#!/usr/bin/env python3
"""Write COUNT generated news pages in HTML, shaped like real ones, for the HTML loading benchmark.

    Benchmarks/html-pages.py FOLDER [COUNT]

Each page has what real news pages carry around an article: a head with scripts, styles, Open
Graph tags and JSON-LD; navigation; a cookie banner; adverts; an article of 6 to 16 paragraphs
with a heading, a list, a quotation and a figure; a sidebar of teasers; reader comments; a footer.
The words are drawn from a fixed vocabulary with a fixed seed, so every run writes the same bytes.
"""
import os, random, sys

WORDS = ("river town water officials families homes bridge rain council mayor volunteers school shelter "
         "roads power week morning night report police station market farmers harvest village district "
         "government minister budget hospital patients doctors workers union strike talks agreement court "
         "judge trial witness evidence border troops ceasefire election voters campaign party results").split()


def sentence(rng, low=8, high=24):
    words = [rng.choice(WORDS) for _ in range(rng.randint(low, high))]
    if rng.random() < 0.5:
        words.insert(rng.randint(1, len(words) - 1), f"{rng.randint(2, 2000):,}")
    if rng.random() < 0.6:
        words[rng.randint(1, len(words) - 2)] += ","
    return " ".join(words).capitalize() + "."


def paragraph(rng, sentences=(2, 5)):
    return " ".join(sentence(rng) for _ in range(rng.randint(*sentences)))


def page(rng, number):
    title = sentence(rng, 5, 10)[:-1]
    script = "var config = {" + ", ".join(f'"k{i}": {rng.randint(0, 99999)}' for i in range(200)) + "};"
    style = " ".join(f".c{i} {{ margin: {i}px; color: #{rng.randint(0, 0xFFFFFF):06x}; }}" for i in range(120))
    nav = "".join(f'<li><a href="/section/{i}">{rng.choice(WORDS).title()}</a></li>' for i in range(25))
    body = []
    for index in range(rng.randint(6, 16)):
        body.append(f"<p>{paragraph(rng)} <a href=\"/story/{rng.randint(1, 9999)}\">{rng.choice(WORDS)}</a> {sentence(rng)}</p>")
        if index == 2:
            body.append(f"<h2>{sentence(rng, 3, 6)[:-1]}</h2>")
        if index == 3:
            body.append("<ul>" + "".join(f"<li>{sentence(rng, 4, 9)}</li>" for _ in range(3)) + "</ul>")
        if index == 4:
            body.append(f"<blockquote><p>{sentence(rng)}</p></blockquote>")
            body.append(f'<figure><img src="/img/{number}.jpg" alt="photo"><figcaption>{sentence(rng, 5, 10)} '
                        f'<span class="credit">Photo: Agency</span></figcaption></figure>')
            body.append('<div class="ad-slot"><p>Advertisement</p></div>')
    teasers = "".join(f'<div class="teaser"><h3><a href="/t/{i}">{sentence(rng, 4, 8)[:-1]}</a></h3><p>{sentence(rng)}</p></div>'
                      for i in range(8))
    comments = "".join(f'<div class="comment"><p class="author">Reader {i}</p><p>{paragraph(rng, (1, 3))}</p></div>' for i in range(6))
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title} - The Generated Post</title>
<meta property="og:title" content="{title}"><meta property="og:site_name" content="The Generated Post">
<meta name="author" content="Ana Ruiz"><meta property="article:published_time" content="2021-03-{1 + number % 28:02d}T08:00:00Z">
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "{title}",
"author": {{"@type": "Person", "name": "Ana Ruiz"}}, "datePublished": "2021-03-{1 + number % 28:02d}"}}</script>
<style>{style}</style><script>{script}</script></head>
<body class="article-page has-sidebar">
<nav class="site-nav"><ul>{nav}</ul></nav>
<div class="cookie-banner"><p>We use cookies to give you the best experience on our site. By continuing you accept them.</p><button>Accept</button></div>
<header class="masthead"><a href="/" class="logo">The Generated Post</a></header>
<main><article class="story"><h1>{title}</h1><p class="byline">By Ana Ruiz</p>
<time datetime="2021-03-{1 + number % 28:02d}">March {1 + number % 28}</time>
<div class="story-body">{''.join(body)}</div>
<div class="share-tools"><a href="#">Share</a> <a href="#">Tweet</a> <a href="#">Email</a></div></article>
<aside class="sidebar"><h2>Most read</h2>{teasers}</aside></main>
<section class="comments"><h2>Comments</h2>{comments}</section>
<footer class="site-footer"><p>Copyright The Generated Post. All rights reserved.</p>{nav}</footer>
<script>{script}</script></body></html>
"""


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    folder = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
    rng = random.Random(14)
    for number in range(count):
        sub = os.path.join(folder, f"{number // 1000:03d}")
        os.makedirs(sub, exist_ok=True)
        with open(os.path.join(sub, f"page-{number:06d}.html"), "w", encoding="utf-8") as out:
            out.write(page(rng, number))


if __name__ == "__main__":
    main()
