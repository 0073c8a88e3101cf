def test_a_sparkline_is_an_image_with_its_words_escaped():
    from dashboard.markup import SPARK_HEIGHT, sparkline_svg

    svg = sparkline_svg([3.0, 1.0, 2.0], "Trend <b>2010</b>–2012: 3 → 2")
    assert 'role="img"' in svg and "<b>" not in svg
    assert "<title>Trend &lt;b&gt;2010&lt;/b&gt;–2012: 3 → 2</title>" in svg
    points = [
        tuple(map(float, p.split(","))) for p in svg.split('points="')[1].split('"')[0].split()
    ]
    assert [x for x, _ in points] == [0.0, 120.0, 240.0]
    ys = [y for _, y in points]
    assert ys[1] == SPARK_HEIGHT - 2 and ys[0] < ys[2] < ys[1]  # the highest value on top
