package com.example.batch;

import com.amazonaws.services.lambda.runtime.events.KinesisEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import java.util.List;

public class ClickHandler extends StreamBase<StreamsEventResponse> {
  @Override
  protected StreamsEventResponse process(KinesisEvent event) {
    return new StreamsEventResponse(List.of());
  }
}
