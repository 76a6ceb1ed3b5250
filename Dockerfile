# syntax=docker/dockerfile:1
# ScamCheck bot: build the wheel in one stage, install it in a slim runtime stage.

FROM python:3.11-slim AS build
WORKDIR /src
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY checkers ./checkers
COPY blocklists ./blocklists
RUN pip wheel --no-cache-dir --wheel-dir /wheels .

FROM python:3.11-slim AS runtime
# The seeds, phrase lists, models and message catalogues ship inside the wheel (package data).
COPY --from=build /wheels /wheels
# Pictures (OCR): Tesseract's language packs for English, Chinese (simplified, traditional),
# Malay and Tamil; the tesserocr wheel carries the engine itself.
RUN apt-get update \
    && apt-get install -y --no-install-recommends tesseract-ocr tesseract-ocr-eng \
       tesseract-ocr-chi-sim tesseract-ocr-chi-tra tesseract-ocr-msa tesseract-ocr-tam \
    && rm -rf /var/lib/apt/lists/*
RUN pip install --no-cache-dir /wheels/*.whl && rm -rf /wheels \
    && useradd --system --uid 10001 --no-create-home scamcheck
USER scamcheck
# Configuration only by environment (see .env.example); PORT serves /healthz and /metrics
# (and the webhook when WEBHOOK_URL is set).
ENV PYTHONUNBUFFERED=1 PORT=8080
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["python", "-c", "import os, sys, urllib.request; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:' + os.environ.get('PORT', '8080') + '/healthz', timeout=4).status == 200 else 1)"]
CMD ["scamcheck", "bot"]
