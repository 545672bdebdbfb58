from server.limits import RateLimiter
from server.privacy import mask, valid_fodselsnummer


def test_personal_data_is_masked_before_logging():
    assert valid_fodselsnummer("01010750160")
    masked = mask("Barnet mitt har fnr 01010750160, ring 912 34 567 eller skriv til ola@example.no")
    assert "01010750160" not in masked and "912 34 567" not in masked and "ola@example.no" not in masked
    assert "[fødselsnummer]" in masked and "[telefon]" in masked and "[e-post]" in masked
    assert mask("I 2021 ble 50 mill satt av") == "I 2021 ble 50 mill satt av"


def test_the_rate_limit_allows_a_burst_then_says_how_long_to_wait():
    limiter = RateLimiter(per_minute=60, burst=3)
    assert [limiter.retry_after("a") for _ in range(3)] == [0, 0, 0]
    assert limiter.retry_after("a") >= 1
    assert limiter.retry_after("b") == 0


def test_the_rate_limiter_forgets_clients_whose_bucket_is_full_again():
    limiter = RateLimiter(per_minute=60, burst=3)
    for n in range(100):
        limiter.retry_after(f"client-{n}", now=1000.0)
    assert len(limiter.buckets) == 100
    limiter.retry_after("late", now=1000.0 + 61)
    assert list(limiter.buckets) == ["late"]
